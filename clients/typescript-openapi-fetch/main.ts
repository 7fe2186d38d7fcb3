// The core workflow through openapi-fetch, typed by openapi-typescript's output (see the README's
// "Using openapi.json from other languages"). PAKAT_BASE_URL and PAKAT_API_KEY say where; the
// uids made and the page of subscribers read are printed as JSON.
import createClient from "openapi-fetch";

import { pakatFormData } from "../pakat-form";
import type { paths } from "./generated/schema";

const base64 = (text: string | Buffer): string => Buffer.from(text).toString("base64");

/** The data of a successful answer; an error answer (or an optional key left out) throws. */
function sent<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined) {
    throw new Error(`${what}: HTTP ${answer.response.status} ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`the answer holds no ${what}`);
  }
  return value;
}

async function main(): Promise<void> {
  const client = createClient<paths>({
    baseUrl: process.env.PAKAT_BASE_URL ?? "https://new.pakat.net/api",
    headers: { "X-API-KEY": process.env.PAKAT_API_KEY },
  });
  // POST bodies are multipart/form-data with PHP-style names; openapi-fetch sends JSON unless told.
  const form = { bodySerializer: pakatFormData };

  const list = sent(
    await client.POST("/lists", {
      ...form,
      body: {
        "general[name]": "خبرنامه پاکات",
        "general[description]": "اخبار هفتگی و تخفیف‌ها",
        "general[opt_in]": "single",
        "defaults[from_name]": "فروشگاه پاکات",
        "defaults[from_email]": "news@example.com",
        "defaults[reply_to]": "support@example.com",
      },
    }),
    "createList",
  );
  const path = { list_uid: defined(list.list_uid, "list_uid") };

  const field = sent(
    await client.POST("/lists/{list_uid}/fields", {
      ...form,
      params: { path },
      body: {
        type: "dropdown",
        label: "شهر",
        tag: "CITY",
        sort_order: 3,
        options: [
          { name: "تهران", value: "tehran" },
          { name: "شیراز", value: "shiraz" },
        ],
      },
    }),
    "createField",
  );

  const subscriber = sent(
    await client.POST("/lists/{list_uid}/subscribers", {
      ...form,
      params: { path },
      body: { EMAIL: "ali@example.com", FNAME: "علی", LNAME: "رضایی", custom_fields: { CITY: "shiraz" } },
    }),
    "createSubscriber",
  );

  const template = sent(
    await client.POST("/templates", {
      ...form,
      body: {
        "template[name]": "رسید سفارش",
        "template[content]": base64("<p>سفارش {{ params.order }} برای {{ contact.first_name }} ثبت شد.</p>"),
      },
    }),
    "createTemplate",
  );

  const receipt = sent(
    await client.POST("/transactional-emails", {
      ...form,
      body: {
        "email[to_name]": "علی رضایی",
        "email[to_email]": "ali@example.com",
        "email[from_name]": "فروشگاه پاکات",
        "email[from_email]": "orders@example.com",
        "email[subject]": "رسید سفارش ۱۰۰۱",
        "email[body]": base64('<p dir="rtl">سفارش شما ثبت شد؛ رسید پیوست است.</p>'),
        "email[params]": { order: "۱۰۰۱" },
        "email[attachments][0][name]": "receipt-1001.pdf",
        "email[attachments][0][type]": "application/pdf",
        "email[attachments][0][data]": base64(Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n", "latin1")),
      },
    }),
    "sendTransactionalEmail",
  );

  const fromTemplate = sent(
    await client.POST("/transactional-emails", {
      ...form,
      body: {
        "email[to_name]": "سارا احمدی",
        "email[to_email]": "sara@example.com",
        "email[from_name]": "فروشگاه پاکات",
        "email[from_email]": "orders@example.com",
        "email[subject]": "سفارش شما",
        "email[template_uid]": defined(template.template_uid, "template_uid"),
        "email[params]": { order: "۱۰۰۲" },
        "email[contact]": { first_name: "سارا" },
      },
    }),
    "sendTransactionalEmail",
  );

  const page = sent(
    await client.GET("/lists/{list_uid}/subscribers", { params: { path, query: { page: 1, per_page: 10 } } }),
    "listSubscribers",
  );

  console.log(
    JSON.stringify({
      list_uid: path.list_uid,
      field_id: field.data?.record.field_id,
      subscriber_uid: subscriber.data?.record.subscriber_uid,
      template_uid: template.template_uid,
      email_uids: [receipt.email_uid, fromTemplate.email_uid],
      subscribers: page.data.records.map((record) => [record.EMAIL, record.FNAME, record.CITY]),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
