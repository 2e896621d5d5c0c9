import { trafficLight } from "../../../src/core/checks/progress";
import { asOfInText, parseAsOfOption, quarterlyProgress } from "../../../src/core/progress/asOf";

describe("the as-of date and time progress", () => {
  test.each([
    ["截至6月", null, 6],
    ["截至2024年6月底", 2024, 6],
    ["截至9月末完成数", null, 9],
    ["2024年1-6月", 2024, 6],
    ["1—6月完成", null, 6],
    ["截止到十月", null, 10],
    ["上半年完成", null, 6],
    ["前三季度", null, 9],
    ["2024年一季度完成情况", 2024, 3],
    ["截至2023年底", 2023, 12],
  ])("%p → year %p, %p months", (text, year, months) => {
    expect(asOfInText(text)).toMatchObject({ year, months });
  });

  test("headers without a date", () => {
    expect(asOfInText("2024年目标")).toBeNull();
    expect(asOfInText("完成数")).toBeNull();
  });

  test("dates: the end of June is half the year; days inside a month count", () => {
    expect(parseAsOfOption("2024-06-30")).toMatchObject({ year: 2024, months: 6 });
    expect(parseAsOfOption("2024-06-15")).toMatchObject({ months: 5.5 });
    expect(parseAsOfOption("2024-12-31")).toMatchObject({ months: 12 });
    expect(parseAsOfOption(new Date(2024, 8, 30))).toMatchObject({ year: 2024, months: 9 });
    expect(parseAsOfOption("2024-02-30")).toBeNull();
    expect(parseAsOfOption("2024-13-01")).toBeNull();
    expect(parseAsOfOption("yesterday")).toBeNull();
  });

  test("quarterly plans: the plan through the date over the year plan", () => {
    expect(quarterlyProgress([2, 2, 2, 2], 8, 6)).toBe(0.5);
    expect(quarterlyProgress([0, 0, 1, 1], 2, 6)).toBe(0);
    expect(quarterlyProgress([3, 3, 0, 0], 6, 5)).toBe(5 / 6);
    expect(quarterlyProgress([0, 0, 0, 0], 0, 6)).toBeNull();
  });

  test("traffic lights: green at or above, yellow up to 30 points behind, red beyond", () => {
    expect(trafficLight(0)).toBe("green");
    expect(trafficLight(5)).toBe("green");
    expect(trafficLight(-0.1)).toBe("yellow");
    expect(trafficLight(-30)).toBe("yellow");
    expect(trafficLight(-30.1)).toBe("red");
    expect(trafficLight(-8, { greenWithin: 10 })).toBe("green");
    expect(trafficLight(-25, { yellowWithin: 20 })).toBe("red");
  });
});
