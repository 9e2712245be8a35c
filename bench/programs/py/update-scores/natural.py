import nightjarpy as nj


@nj.fn
def run(data: dict) -> dict:
    scores = data["scores"]
    report = data["report"]
    """natural Apply the match <report> to the league table <scores> in place: 3 points for a win, 1 for a draw."""
    return scores
