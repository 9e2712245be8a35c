import nightjarpy as nj


@nj.fn
def run(data: dict) -> float:
    problem = data["problem"]
    answer: float
    """natural Solve the word problem <problem> and store the numeric answer in <:answer>."""
    return answer
