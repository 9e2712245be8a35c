"""A game step: a block inside a loop picks the first healing item and leaves the loop with `break`.

Run: nightjar run examples/python/heal.py
"""
from dataclasses import dataclass, field

import nightjarpy as nj


@dataclass
class Item:
    name: str
    strength: int


@dataclass
class Player:
    health: int
    inventory: list[Item] = field(default_factory=list)


@nj.fn
def use_heal_item(player):
    for item in player.inventory:
        """natural
        Check if <item> can heal. If it can, save it as <:healing_item> and break out of the loop.
        """
    player.health += healing_item.strength


hero = Player(health=20, inventory=[Item("rusty sword", 4), Item("healing potion", 30), Item("bandage", 5)])
use_heal_item(hero)
print(f"health: {hero.health}")
