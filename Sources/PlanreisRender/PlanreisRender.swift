// PlanreisRender
