// PlanreisFormats
