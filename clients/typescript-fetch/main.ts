// The core workflow through openapi-generator's typescript-fetch client, generated with the
// templates beside this file (see the README's "Using openapi.json from other languages").
// PAKAT_BASE_URL and PAKAT_API_KEY say where; the uids made and the page of subscribers read are
// printed as JSON.
import {
  Configuration,
  FieldsApi,
  ListsApi,
  SubscribersApi,
  TemplatesApi,
  TransactionalEmailsApi,
} from "./generated";

const base64 = (text: string | Buffer): string => Buffer.from(text).toString("base64");

/** A value the server always sends, though openapi.json leaves it optional (servers vary). */
function sent<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`the answer holds no ${what}`);
  }
  return value;
}

async function main(): Promise<void> {
  const config = new Configuration({
    basePath: process.env.PAKAT_BASE_URL ?? "https://new.pakat.net/api",
    headers: { "X-API-KEY": process.env.PAKAT_API_KEY ?? "" },
  });
  const lists = new ListsApi(config);
  const fields = new FieldsApi(config);
  const subscribers = new SubscribersApi(config);
  const templates = new TemplatesApi(config);
  const emails = new TransactionalEmailsApi(config);

  const list = await lists.createList({
    general_name: "خبرنامه پاکات",
    general_description: "اخبار هفتگی و تخفیف‌ها",
    general_opt_in: "single",
    defaults_from_name: "فروشگاه پاکات",
    defaults_from_email: "news@example.com",
    defaults_reply_to: "support@example.com",
  });
  const list_uid = sent(list.list_uid, "list_uid");

  const field = await fields.createField({
    list_uid,
    type: "dropdown",
    label: "شهر",
    tag: "CITY",
    sort_order: 3,
    options: [
      { name: "تهران", value: "tehran" },
      { name: "شیراز", value: "shiraz" },
    ],
  });

  const subscriber = await subscribers.createSubscriber({
    list_uid,
    EMAIL: "ali@example.com",
    FNAME: "علی",
    LNAME: "رضایی",
    custom_fields: { CITY: "shiraz" },
  });

  const template = await templates.createTemplate({
    template_name: "رسید سفارش",
    template_content: base64("<p>سفارش {{ params.order }} برای {{ contact.first_name }} ثبت شد.</p>"),
  });

  const receipt = await emails.sendTransactionalEmail({
    email_to_name: "علی رضایی",
    email_to_email: "ali@example.com",
    email_from_name: "فروشگاه پاکات",
    email_from_email: "orders@example.com",
    email_subject: "رسید سفارش ۱۰۰۱",
    email_body: base64('<p dir="rtl">سفارش شما ثبت شد؛ رسید پیوست است.</p>'),
    email_params: { order: "۱۰۰۱" },
    email_attachments_0_name: "receipt-1001.pdf",
    email_attachments_0_type: "application/pdf",
    email_attachments_0_data: base64(Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n", "latin1")),
  });

  const fromTemplate = await emails.sendTransactionalEmail({
    email_to_name: "سارا احمدی",
    email_to_email: "sara@example.com",
    email_from_name: "فروشگاه پاکات",
    email_from_email: "orders@example.com",
    email_subject: "سفارش شما",
    email_template_uid: sent(template.template_uid, "template_uid"),
    email_params: { order: "۱۰۰۲" },
    email_contact: { first_name: "سارا" },
  });

  const page = await subscribers.listSubscribers({ list_uid, page: 1, per_page: 10 });

  console.log(
    JSON.stringify({
      list_uid,
      field_id: field.data?.record.field_id,
      subscriber_uid: subscriber.data?.record.subscriber_uid,
      template_uid: template.template_uid,
      email_uids: [receipt.email_uid, fromTemplate.email_uid],
      subscribers: page.data.records.map((record) => [record["EMAIL"], record["FNAME"], record["CITY"]]),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
