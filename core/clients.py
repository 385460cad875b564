"""Who is asking: the visitor's address, the same for every rate limit."""

from allauth.account.adapter import get_adapter

from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, as allauth's own rate limits key on it.

    `REMOTE_ADDR` when nothing is in front (`TRUSTED_PROXY_COUNT = 0`): an
    `X-Forwarded-For` header is then the visitor's own words and ignored.
    Behind N trusted proxies, the N-th address from the right of
    `X-Forwarded-For`, the one the outermost trusted proxy saw. The setting
    reaches allauth as `ALLAUTH_TRUSTED_PROXY_COUNT`, so its login, sign-up
    and reset limits and Passerelle's own count the same visitors.
    """
    return get_adapter(request).get_client_ip(request)
