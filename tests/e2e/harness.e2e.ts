import nodemailer from "nodemailer";
import { expect, inject } from "vitest";
import { addresses, waitForMail } from "./helpers/mail";
import { test } from "./helpers/test";

test("the app under test answers /healthz", async ({ page }) => {
  const response = await page.goto("/healthz");
  expect(response?.status()).toBe(200);
  expect(await response?.json()).toEqual({ status: "ok" });
});

test("the SMTP server keeps each message for waitForMail, attachments included", async () => {
  const transport = nodemailer.createTransport(inject("e2eSmtpUrl"));
  await transport.sendMail({
    from: "samling@example.org",
    to: "Harness Check <harness@example.org>",
    subject: "Harness check æøå",
    text: "Hei",
    icalEvent: { method: "REQUEST", content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n" },
  });
  transport.close();
  const mail = await waitForMail((m) => addresses(m).includes("harness@example.org"));
  expect(mail.subject).toBe("Harness check æøå");
  expect(mail.text?.trim()).toBe("Hei");
  expect(mail.attachments.map((a) => a.contentType)).toContain("text/calendar");
});
