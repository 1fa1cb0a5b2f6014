import { describe, expect, it } from "vitest";
import { analyse } from "./fixtures";

// Short items are coverage too: SPEC.md counts messages, anniversaries and delegations.
const relevant: Record<string, string> = {
  "a KCNA message of greetings":
    "Kim Jong Un sends greetings to Vietnamese leader\n\nPyongyang, September 2 (KCNA) -- Kim Jong Un sent a message of greeting to To Lam on the occasion of the 80th anniversary of the founding of the Socialist Republic of Viet Nam. The message expressed the belief that the friendly relations between the two parties and the two countries would grow stronger.",
  "a Vietnamese congratulatory cable":
    "Điện mừng Quốc khánh Triều Tiên\n\nNhân dịp kỷ niệm 77 năm Quốc khánh nước CHDCND Triều Tiên (9/9/1948 - 9/9/2025), Tổng Bí thư Tô Lâm đã gửi điện mừng Tổng Bí thư, Chủ tịch Các vấn đề Nhà nước Kim Jong Un.",
  "a youth delegation":
    "Đoàn đại biểu Đoàn Thanh niên Cộng sản Hồ Chí Minh thăm Triều Tiên\n\nTừ ngày 3 đến ngày 7/6, đoàn đại biểu Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh do Bí thư thứ nhất Bùi Quang Huy dẫn đầu đã thăm CHDCND Triều Tiên. Hai bên nhất trí tăng cường giao lưu thanh niên.",
  "an anniversary reception":
    "Vietnam and the DPRK marked the 75th anniversary of their diplomatic relations (January 31, 1950 – 2025) with a reception at the DPRK Embassy in Hanoi. Ambassador Ri Yong Sik said the friendship founded by President Kim Il Sung and President Ho Chi Minh would be carried forward.",
  "a party delegation that visits Pyongyang (the DPRK side by its capital only)":
    "A Vietnamese Party delegation led by Le Hoai Trung, head of the Party Central Committee's Commission for External Relations, visited Pyongyang from May 5 to 8, 2025. The delegation held talks with North Korean officials on boosting party-to-party exchanges.",
  "the same in Vietnamese":
    "Đoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí Lê Hoài Trung dẫn đầu đã thăm Bình Nhưỡng từ ngày 5 đến ngày 8/5/2025. Hai bên nhất trí tăng cường trao đổi kinh nghiệm giữa hai Đảng.",
  "a DPRK reception in Hanoi with Vietnamese guests":
    "North Korean Ambassador Ri Yong Sik hosted a reception in Hanoi to mark the 80th anniversary of the Workers' Party of Korea. Vietnamese officials attended.",
};

const notRelevant: Record<string, string> = {
  "an ARF meeting where both merely attend":
    "Foreign ministers of ASEAN and partners including China, Japan, the United States, Russia, the Republic of Korea and the DPRK met in Kuala Lumpur for the ASEAN Regional Forum. Vietnam's Deputy Prime Minister Bui Thanh Son called for dialogue on the Korean Peninsula. The DPRK was represented by its ambassador to Indonesia.",
  "Vietnamese domestic economy":
    "Giá xăng dầu hôm nay giảm nhẹ. Thủ tướng Phạm Minh Chính yêu cầu các bộ ngành bình ổn thị trường.",
  "the Vietnamese PM and the South Korean ambassador":
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc Choi Young Sam. Hai bên nhất trí thúc đẩy thương mại song phương.",
  "a North Korean missile launch":
    "North Korea fired a ballistic missile into the East Sea on Tuesday, South Korea's military said. Japan protested. The launch came as Vietnamese tourists flocked to Seoul.",
  "nothing at all": "",
  "athletes of both countries at a third country's games":
    "Vietnamese and North Korean athletes competed in the Asian Games table tennis final in Hangzhou.",
  "a longer US–DPRK summit story in Hanoi with Vietnamese hosts":
    "Trump, Kim end Hanoi summit without deal\n\nHANOI — U.S. President Donald Trump and North Korean leader Kim Jong Un ended their two-day summit in Hanoi without an agreement on Thursday. The talks at the Metropole hotel broke down over sanctions. Trump said relations with Kim remained warm and that the meeting had been productive. Both sides said they would continue talks. The Vietnamese government had spared no effort to host the meeting, and Vietnamese people lined the streets to greet the motorcade. Kim Jong Un later laid a wreath at the Ho Chi Minh Mausoleum and met Vietnamese leaders before returning to Pyongyang by train.",
  "an unrelated English paragraph": "The city council approved a new budget for public parks on Monday.",
};

describe("relevance", () => {
  for (const [name, t] of Object.entries(relevant)) {
    it(`says yes to ${name}`, () => {
      const r = analyse(t).relevance;
      expect(r.relevant).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(0.5);
    });
  }
  for (const [name, t] of Object.entries(notRelevant)) {
    it(`says no to ${name}`, () => {
      const r = analyse(t).relevance;
      expect(r.relevant).toBe(false);
      expect(r.score).toBeLessThan(0.5);
    });
  }

  it("says why, in words", () => {
    const r = analyse(relevant["an anniversary reception"]!).relevance;
    expect(r.reasons.join(" ")).toMatch(/headline or lead brings the two sides together/);
  });

  it("finds the Ho Chi Minh Communist Youth Union, not Hồ Chí Minh, in its name", () => {
    const a = analyse(relevant["a youth delegation"]!);
    expect(a.actors.map((x) => x.id)).toContain("hcyu");
    expect(a.actors.map((x) => x.id)).not.toContain("ho-chi-minh");
  });
});
