"""The toolkit every area uses; each module here is public: ``formats`` (numbers, money, dates),
``widgets``, ``view_parts`` and ``view_models`` (tables), ``errors`` (a domain error as a message),
``background`` (work off the GUI thread), ``printing`` (Qt's print system), ``scan_feedback``.
"""
