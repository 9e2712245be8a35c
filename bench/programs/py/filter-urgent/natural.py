import nightjarpy as nj


@nj.fn
def run(data: dict) -> list:
    messages = data["messages"]
    urgent: list[str]
    """natural Keep in <:urgent> only those of the <messages> that need an answer today, word for word."""
    return urgent
