"""The plumbing every capability shares; each module here is public.

- ``numbering``: ``next_number`` — per-name, per-year counters (item codes, document numbers).
- ``uow``: ``unit_of_work`` — one transaction per user action, races retried or refused.
- ``auth``: ``Actor``, ``authorize`` — the caller and the permission check against stored roles.
- ``events``: ``append_event``, ``timeline`` — the hash-chained custody record.
- ``verify``: every chain walked, the first broken link named.
- ``validate``: field validators (text, money, quantities, enum members).
- ``dto`` and ``views``: the frozen views the services hand out, built from ORM rows.
- ``search_text``: an item's folded search text.
- ``deadlines``: the registry of legal-deadline sources the dashboard collects.
- ``workers``: ``process_pool`` — spawned worker processes that die with their parent.
"""
