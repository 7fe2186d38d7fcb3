module example.com/pakat/workflow

go 1.19

require example.com/pakat/client v0.0.0

replace example.com/pakat/client => ./generated
