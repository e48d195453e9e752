"""One module per tab. A tab takes the PlanDocument and refreshes on its Changes."""
