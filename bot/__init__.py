"""Firstport: a Telegram first port of call for people newly dispersed while their asylum claim
goes on, and for the drop-in team that serves them."""

__version__ = "0.1.0"
