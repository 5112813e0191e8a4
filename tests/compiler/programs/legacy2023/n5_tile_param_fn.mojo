# 2023: a parametric function type as a compile-time parameter (the notebooks' own tile helper),
# called with parametric closures that capture and update the caller's variables.
from algorithm import Static2DTileUnitFunc as Tile2DFunc

fn tile[tiled_fn: Tile2DFunc, tile_x: Int, tile_y: Int](end_x: Int, end_y: Int):
    # Note: this assumes that ends are multiples of the tiles.
    for y in range(0, end_y, tile_y):
        for x in range(0, end_x, tile_x):
            tiled_fn[tile_x, tile_y](x, y)

alias StripFunc = fn[width: Int](Int) capturing -> None

fn strips[f: StripFunc, width: Int](n: Int):
    for i in range(0, n, width):
        f[width](i)

fn grid_sum(rows: Int, cols: Int) -> Int:
    var total = 0
    var visits = 0
    @parameter
    fn add_tile[tx: Int, ty: Int](x: Int, y: Int):
        for j in range(y, y + ty):
            for i in range(x, x + tx):
                total += j * cols + i
        visits += 1
    tile[add_tile, 4, 2](cols, rows)
    print("tiles visited:", visits)
    return total

fn main():
    print(grid_sum(4, 8), 31 * 32 // 2)
    var seen = String("")
    @parameter
    fn mark[w: Int](start: Int):
        seen += String(start) + ":" + String(w) + " "
    strips[mark, 3](10)
    print(seen)
    var area = 0
    @parameter
    fn measure[tx: Int, ty: Int](x: Int, y: Int):
        area += tx * ty
    tile[measure, 2, 2](6, 4)
    tile[measure, 3, 1](6, 4)
    print("area:", area)
