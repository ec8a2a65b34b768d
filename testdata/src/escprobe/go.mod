module example.com/escprobe

go 1.18
