from dataclasses import asdict, dataclass

import nightjarpy as nj


@dataclass
class Address:
    city: str
    country: str


@dataclass
class Person:
    name: str
    age: int
    address: Address


@nj.fn
def run(data: dict) -> dict:
    bio = data["bio"]
    person: Person
    """natural Extract the <Person> described in <bio> into <:person>."""
    return asdict(person)
