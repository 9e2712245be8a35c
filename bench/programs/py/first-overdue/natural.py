import nightjarpy as nj


@nj.fn
def run(data: dict) -> dict:
    overdue: str | None = None
    checked = 0
    for invoice in data["invoices"]:
        checked += 1
        """natural If <invoice> is overdue on 2025-05-01, store its number in <:overdue> and stop (break).
        Otherwise keep <:overdue> None."""
    return {"overdue": overdue, "checked": checked}
