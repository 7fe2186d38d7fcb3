"""The server's own error strings that change what pakat does with an answer.

Pakat's server (MailWizz 2.x) tells most refusals apart only by their words, often under one
status (409 covers "already on the list", "blacklisted", "limit reached" and "busy, try again").
Each string the SDK or the sandbox needs is written here once; both read it from here.

The server translates messages into the account's language once it knows the account, so a
match can fail for an account set to another language: the SDK then treats the answer like any
other error of its status, never as something it is not.
"""

from __future__ import annotations

__all__ = [
    "ACCOUNT_INACTIVE",
    "API_NOT_ALLOWED",
    "CUSTOMER_CREATION_DISABLED",
    "INVALID_KEY",
    "IP_NOT_ALLOWED",
    "LOCK_BUSY",
    "MAX_LIST_SUBSCRIBERS",
    "MAX_SUBSCRIBERS",
    "MISSING_KEY",
    "NO_PERMISSION",
    "OFFLINE",
    "SUBSCRIBER_BLACKLISTED",
    "SUBSCRIBER_EXISTS",
    "SUBSCRIBER_EXISTS_ELSEWHERE",
    "SUBSCRIBER_MISSING",
    "TRANSACTIONAL_BLACKLISTED",
]

# 503 from Controller::init when the administrator has switched the API (or the site) offline: sent
# before the access filter and the action run, so nothing was done. The only 5xx Pakat's API sends
# itself. Translated into the install's default language, which may not be English: a match can fail
# (the SDK then treats the 503 as any other), never succeed for another answer.
OFFLINE = "Service Unavailable."

# Refusals of the key itself, sent as 400 before the account (and its language) is known.
MISSING_KEY = "Invalid API request params. Please refer to the documentation."
INVALID_KEY = "Invalid API key. Please refer to the documentation."
IP_NOT_ALLOWED = "Your IP address is not allowed to access this server."
ACCOUNT_INACTIVE = "Your account must be active in order to use the API."
API_NOT_ALLOWED = "Your account is not allowed to use the API."
# MailWizz 2.2.9+: the key has route permissions and this route is not among them.
NO_PERMISSION = "You do not have enough permissions to access this endpoint."

# 409 answers to subscriber writes.
LOCK_BUSY = "Unable to acquire the mutex lock, please try again."
SUBSCRIBER_EXISTS = "The subscriber already exists in this list."
SUBSCRIBER_EXISTS_ELSEWHERE = "Another subscriber with this email address already exists in this list."
# An update of a subscriber the list does not have answers 409, not 404.
SUBSCRIBER_MISSING = "The subscriber does not exist in this list."
SUBSCRIBER_BLACKLISTED = "This email address is blacklisted."
MAX_SUBSCRIBERS = "The maximum number of allowed subscribers has been reached."
MAX_LIST_SUBSCRIBERS = "The maximum number of allowed subscribers for this list has been reached."

# 422 to a transactional email whose recipient is blacklisted (note the "!", unlike the 409 above).
TRANSACTIONAL_BLACKLISTED = "This email address is blacklisted!"

# 400 to a customer sign-up when the server has registration through the API switched off.
CUSTOMER_CREATION_DISABLED = "Customer creation is disabled."
