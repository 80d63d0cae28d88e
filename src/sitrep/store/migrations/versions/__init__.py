"""Named migrations: ``NNNN_what_it_does.py``, one transaction each."""
