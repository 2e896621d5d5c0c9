/** The en-US catalog, assembled from its parts (one file per door or subject). */
import type { Catalog } from "../catalog";
import { batch } from "./batch";
import { bulletin } from "./bulletin";
import { charts } from "./charts";
import { cli } from "./cli";
import { dialog } from "./dialog";
import { page } from "./page";
import { ui } from "./ui";
import { findings, targets } from "./findings";
import { outcome, results, severity } from "./results";
import { rules } from "./rules";

export const catalog: Catalog = {
  findings,
  targets,
  rules,
  severity,
  results,
  outcome,
  charts,
  bulletin,
  cli,
  ui,
  page,
  dialog,
  batch,
};
