module example.com/attrib

go 1.18
