import { RULE_IDS } from "../../../src/core/checks";
import { RULE_ORDER } from "../../../src/core/checks/ruleOrder";

describe("the rule order the pages use", () => {
  it("is the registry's, rule for rule", () => {
    expect([...RULE_ORDER]).toEqual([...RULE_IDS]);
  });
});
