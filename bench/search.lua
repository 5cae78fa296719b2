-- wrk script: a fixed mix of searches, in turn (bench/web_bench.py).
local paths = {
  "/search?q=scar+camouflage",
  "/search?q=smp&near=Dallas%2C+TX&radius_km=50",
  "/search?q=blue+tint",
  "/search?removal=removal-laser",
  "/search?q=answered+all+my+questions",
  "/search?q=micropigmentaion",
  "/search?near=75201&sort=distance",
  "/search?min_grade=B&sort=grade",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
