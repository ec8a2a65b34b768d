module example.com/diffprobe

go 1.15
