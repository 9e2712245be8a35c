from enum import Enum

import nightjarpy as nj


class Category(Enum):
    BILLING = "billing"
    BUG = "bug"
    FEATURE_REQUEST = "feature request"


@nj.fn
def run(data: dict) -> str:
    ticket = data["ticket"]
    category: Category
    """natural Classify the support <ticket> as one of the <Category> members and store it in <:category>."""
    return category.value
