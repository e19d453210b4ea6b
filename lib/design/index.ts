export * from "./schema";
export { parseDesign, toIssues, type ParseResult, type ValidationIssue } from "./parse";
export { migrateDesign, type MigrationResult } from "./migrate";
export { parseCidr, cidrString, type ParsedCidr, type CidrResult } from "./cidr";
export { dns1123Label, labelKey, labelValue, toDns1123Label } from "./names";
export { toPointer, fromPointer } from "./pointer";
export { getTemplate, isTemplateName, templateNames, type TemplateName } from "./templates";
