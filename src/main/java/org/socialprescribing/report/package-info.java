/**
 * Commissioner reports: what every report shares (the period, the caller's scope, the parameters,
 * the aggregate queries read by column name, CSV) and one package per report. Depends on common, on
 * funding.plan for what a funded plan is, and on disclosure; reads other features' tables only
 * through HQL aggregate queries.
 */
package org.socialprescribing.report;
