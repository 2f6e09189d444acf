// PlanreisXML
