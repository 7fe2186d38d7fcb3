// The core workflow through openapi-generator's Go client (see the README's "Using openapi.json
// from other languages"). PAKAT_BASE_URL and PAKAT_API_KEY say where; the uids made and the page
// of subscribers read are printed as JSON.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"

	pakat "example.com/pakat/client"
)

func b64(data string) string { return base64.StdEncoding.EncodeToString([]byte(data)) }

func main() {
	cfg := pakat.NewConfiguration()
	if url := os.Getenv("PAKAT_BASE_URL"); url != "" {
		cfg.Servers = pakat.ServerConfigurations{{URL: url}}
	}
	client := pakat.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), pakat.ContextAPIKeys,
		map[string]pakat.APIKey{"ApiKeyAuth": {Key: os.Getenv("PAKAT_API_KEY")}})

	list, _, err := client.ListsAPI.CreateList(ctx).
		GeneralName("خبرنامه پاکات").
		GeneralDescription("اخبار هفتگی و تخفیف‌ها").
		GeneralOptIn(pakat.LISTOPTIN_SINGLE).
		DefaultsFromName("فروشگاه پاکات").
		DefaultsFromEmail("news@example.com").
		DefaultsReplyTo("support@example.com").
		Execute()
	check(err)
	listUID := list.GetListUid()

	field, _, err := client.FieldsAPI.CreateField(ctx, listUID).
		Type_("dropdown").
		Label("شهر").
		Tag("CITY").
		SortOrder(3).
		Options([]pakat.FieldOptionInput{
			*pakat.NewFieldOptionInput("تهران", "tehran"),
			*pakat.NewFieldOptionInput("شیراز", "shiraz"),
		}).
		Execute()
	check(err)

	subscriber, _, err := client.SubscribersAPI.CreateSubscriber(ctx, listUID).
		EMAIL("ali@example.com").
		FNAME("علی").
		LNAME("رضایی").
		CustomFields(map[string]string{"CITY": "shiraz"}).
		Execute()
	check(err)

	template, _, err := client.TemplatesAPI.CreateTemplate(ctx).
		TemplateName("رسید سفارش").
		TemplateContent(b64("<p>سفارش {{ params.order }} برای {{ contact.first_name }} ثبت شد.</p>")).
		Execute()
	check(err)

	receipt, _, err := client.TransactionalEmailsAPI.SendTransactionalEmail(ctx).
		EmailToName("علی رضایی").
		EmailToEmail("ali@example.com").
		EmailFromName("فروشگاه پاکات").
		EmailFromEmail("orders@example.com").
		EmailSubject("رسید سفارش ۱۰۰۱").
		EmailBody(b64(`<p dir="rtl">سفارش شما ثبت شد؛ رسید پیوست است.</p>`)).
		EmailParams(map[string]string{"order": "۱۰۰۱"}).
		EmailAttachments0Name("receipt-1001.pdf").
		EmailAttachments0Type("application/pdf").
		EmailAttachments0Data(b64("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n")).
		Execute()
	check(err)

	fromTemplate, _, err := client.TransactionalEmailsAPI.SendTransactionalEmail(ctx).
		EmailToName("سارا احمدی").
		EmailToEmail("sara@example.com").
		EmailFromName("فروشگاه پاکات").
		EmailFromEmail("orders@example.com").
		EmailSubject("سفارش شما").
		EmailTemplateUid(template.GetTemplateUid()).
		EmailParams(map[string]string{"order": "۱۰۰۲"}).
		EmailContact(map[string]string{"first_name": "سارا"}).
		Execute()
	check(err)

	page, _, err := client.SubscribersAPI.ListSubscribers(ctx, listUID).Page(1).PerPage(10).Execute()
	check(err)

	rows := [][]interface{}{}
	for _, record := range page.Data.Records {
		extra := record.AdditionalProperties
		rows = append(rows, []interface{}{extra["EMAIL"], extra["FNAME"], extra["CITY"]})
	}
	fieldRecord := field.GetData().Record
	subscriberRecord := subscriber.GetData().Record
	out, _ := json.Marshal(map[string]interface{}{
		"list_uid":       listUID,
		"field_id":       fieldRecord.GetFieldId(),
		"subscriber_uid": subscriberRecord.GetSubscriberUid(),
		"template_uid":   template.GetTemplateUid(),
		"email_uids":     []string{receipt.GetEmailUid(), fromTemplate.GetEmailUid()},
		"subscribers":    rows,
	})
	fmt.Println(string(out))
}

// check stops at the first failed call, printing the server's answer.
func check(err error) {
	if err == nil {
		return
	}
	fmt.Fprintln(os.Stderr, err)
	if apiErr, ok := err.(*pakat.GenericOpenAPIError); ok {
		fmt.Fprintln(os.Stderr, string(apiErr.Body()))
	}
	os.Exit(1)
}
