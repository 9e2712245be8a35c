import nightjarpy as nj


class InvalidSignupError(Exception):
    pass


@nj.fn
def read_email(form: str) -> str:
    email: str
    """natural Read the email address from the signup <form> into <:email>.
    If the form holds no usable email address, raise an <InvalidSignupError> saying why."""
    return email


def run(data: dict) -> dict:
    try:
        return {"email": read_email(data["form"])}
    except InvalidSignupError:
        return {"rejected": "InvalidSignupError"}
