"""Pools of fictional names: review authors and registry rows for unrelated people."""

from __future__ import annotations

import random

# fmt: off
FIRST_NAMES = (
    "Aaron", "Adrian", "Alex", "Andy", "Anthony", "Ben", "Blake", "Brad", "Brett", "Caleb",
    "Carlos", "Chris", "Clint", "Connor", "Craig", "Curtis", "Dale", "Damon", "Dan", "Darius",
    "Dave", "Dean", "Derek", "Dominic", "Doug", "Dustin", "Eddie", "Eric", "Ethan", "Felix",
    "Gary", "Glen", "Greg", "Hector", "Ian", "Isaac", "Jake", "Jamal", "James", "Jared",
    "Jason", "Javier", "Jeff", "Joel", "Jon", "Jose", "Josh", "Julian", "Justin", "Keith",
    "Kevin", "Kurt", "Lamar", "Lance", "Lee", "Manny", "Mark", "Matt", "Mike", "Miles",
    "Nate", "Neil", "Nick", "Omar", "Pat", "Paul", "Pete", "Phil", "Quentin", "Rafael",
    "Ramon", "Reggie", "Rob", "Ryan", "Scott", "Sean", "Shane", "Steve", "Terrence", "Tim",
    "Todd", "Tony", "Trent", "Troy", "Victor", "Wade", "Will", "Xavier", "Zach", "Amir",
    "Carla", "Denise", "Erin", "Jess", "Kara", "Lena", "Monica", "Rachel", "Tanya", "Yolanda",
)

SURNAMES = (
    "Abbott", "Alvarez", "Barker", "Benning", "Bristow", "Calder", "Chandler", "Coates",
    "Dorsey", "Easton", "Ferris", "Fowler", "Garrity", "Gibbs", "Hadley", "Haskins",
    "Ingram", "Jessup", "Kearney", "Lacey", "Lockhart", "Maddox", "Mercer", "Nolan",
    "Oakes", "Pruitt", "Quintero", "Ramsey", "Rourke", "Sandoval", "Slater", "Tolliver",
    "Upton", "Vance", "Walsh", "Whitley", "Yates", "Zeller", "Harlan", "Kowalski",
)

HANDLES = (
    "baldbydesign", "shavedandsorted", "hairlossjourney84", "norwood6nomore", "buzzcutbrian",
    "smpcurious", "thinningnolonger", "clippergang", "dotsbydesign", "crownconfidence",
    "alopecia_and_me", "scarcover_story", "headturner_77", "fadeforever", "stubblelook",
)

# Licence-board, academy and guild rows for people unrelated to any clinic.
REGISTRY_NOISE = (
    "Adam Fairbanks", "Bianca Torres", "Caleb Whitmore", "Diana Sorensen", "Elliot Graves",
    "Fatima Rahman", "George Pullman", "Holly Brennan", "Ivan Petrov", "Janelle Brooks",
    "Kenji Watanabe", "Lauren Ashby", "Mateo Rinaldi", "Nina Halloway", "Oscar Lindgren",
    "Paige Donnelly", "Quinn Avery", "Rosa Medina", "Stefan Novak", "Tara Whitlock",
    "Umar Siddiqui", "Vanessa Reid", "Wyatt Conley", "Ximena Duarte", "Yusuf Karimi",
    "Zoe Castellano", "Brent Hollis", "Carmen Vega", "Dmitri Volkov", "Erica Sloane",
    "Franco Bellini", "Gina Marsh", "Hugo Lambert", "Imani Carter", "Jared Fenwick",
)
# fmt: on


def review_authors(count: int, seed: int = 7) -> list[str]:
    """Return `count` distinct display names, as a review site shows them."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    handles = list(HANDLES)
    rng.shuffle(handles)
    while len(names) < count:
        roll = rng.random()
        if roll < 0.08 and handles:
            name = handles.pop()
        elif roll < 0.3:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        else:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)[0]}."
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names
