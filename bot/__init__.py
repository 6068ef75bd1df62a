"""Renew Wellness FAQ bot: postpartum depression and ketamine therapy questions, crisis first."""
