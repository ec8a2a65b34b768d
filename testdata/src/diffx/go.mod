module example.com/diffx

go 1.19
