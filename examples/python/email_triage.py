"""Triage a small inbox: a block changes each email in place (category, priority), another writes a reply.

Run: nightjar run examples/python/email_triage.py
"""
from dataclasses import dataclass
from enum import Enum

import nightjarpy as nj


class Category(Enum):
    PRESALE = "pre-sale question"
    ORDER = "order problem"
    SPAM = "spam"


class Priority(Enum):
    LOW = 1
    HIGH = 2


@dataclass
class Email:
    sender: str
    subject: str
    body: str
    category: Category | None = None
    priority: Priority | None = None


@nj.fn
def categorize(email: Email):
    """natural
    Analyze the <email> and set its category and priority attributes.
    """


@nj.fn
def draft_reply(email: Email) -> str:
    """natural
    Write a two-sentence reply to <email> that fits its category, and return it.
    """


inbox = [
    Email("ann@example.com", "Broken mug", "My order #1234 arrived broken. Can I get a new one?"),
    Email("bob@example.com", "Bulk prices?", "Do you give discounts for 200 mugs?"),
]
for email in inbox:
    categorize(email)
    print(f"{email.subject}: {email.category.name} / {email.priority.name}")
    if email.category is not Category.SPAM:
        print("  reply:", draft_reply(email))
