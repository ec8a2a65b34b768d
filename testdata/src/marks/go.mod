module example.com/marks

go 1.18
