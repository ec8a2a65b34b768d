module example.com/cgoprobe

go 1.19
