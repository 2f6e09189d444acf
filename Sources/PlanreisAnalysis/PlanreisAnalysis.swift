// PlanreisAnalysis
