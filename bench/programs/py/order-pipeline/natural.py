import nightjarpy as nj

STOCK = {"desk lamp": 3, "office chair": 0, "monitor arm": 12}


@nj.fn
def run(data: dict) -> dict:
    request = data["request"]
    product: str
    """natural Which of the products <STOCK> lists does the customer <request> ask for? Store its name in <:product>."""
    available = STOCK.get(product, 0)
    answer: str
    """natural Write a one-sentence answer to <request> saying whether <product> is in stock (<available> left), in <:answer>."""
    return {"product": product, "answer": answer}
