// Drive every API method of node-mailwizz (npm, tools/node_modules) against a server and print
// what happened as JSON. tests/peers/test_node_mailwizz.py runs it:
//
//     PEER_API_KEY=... node tests/peers/node_mailwizz_driver.js < plan.json
//
// The plan (stdin, JSON) holds the base URL and the data of every call. The key comes from the
// environment and is never printed: node-mailwizz console.logs every signature string, which
// holds the key (X-MW-PUBLIC-KEY), so console.log is silenced, and the exchanges list header
// names, not values.
//
// Output: {"offered": [...], "calls": [{name, status, body, text, exchanges}, ...]} where
// `offered` lists every method of every class the package exports, `status` is the HTTP status
// of the call's response (node-mailwizz itself only hands back the body), and `exchanges` every
// HTTP request the call made: method, path with query, status, Content-Type,
// X-HTTP-Method-Override, header names and the size of the body sent.
//
// One instance of each class serves all its calls, as node-mailwizz's README shows: the instances
// keep `data` and `query` from one call to the next, so later calls carry earlier bodies and query
// strings. That is what its users send, and the sandbox must cope as the server does.
'use strict';

const http = require('http');
const path = require('path');

console.log = () => {};

const exchanges = [];
const originalRequest = http.request;
http.request = function recordingRequest(...args) {
    const req = originalRequest.apply(this, args);
    const headers = req.getHeaders();
    const entry = {
        method: req.method,
        path: req.path,
        status: null,
        content_type: headers['content-type'] === undefined ? null : String(headers['content-type']),
        override: headers['x-http-method-override'] === undefined ? null : String(headers['x-http-method-override']),
        header_names: Object.keys(headers).sort(),
        body_bytes: 0,
    };
    const count = (chunk) => {
        if (chunk && typeof chunk !== 'function') entry.body_bytes += Buffer.byteLength(chunk);
    };
    const write = req.write;
    const end = req.end;
    req.write = function (chunk, ...rest) { count(chunk); return write.call(this, chunk, ...rest); };
    req.end = function (chunk, ...rest) { count(chunk); return end.call(this, chunk, ...rest); };
    req.on('response', (res) => { entry.status = res.statusCode; });
    exchanges.push(entry);
    return req;
};

const mailwizz = require(require.resolve('node-mailwizz', { paths: [path.join(__dirname, '..', '..', 'tools')] }));

function offered() {
    const names = [];
    for (const [className, cls] of Object.entries(mailwizz)) {
        for (const name of Object.getOwnPropertyNames(cls.prototype)) {
            if (name !== 'constructor' && typeof cls.prototype[name] === 'function') names.push(`${className}.${name}`);
        }
    }
    return names.sort();
}

function parse(text) {
    if (typeof text !== 'string') return { text: String(text) };
    try {
        return { body: JSON.parse(text) };
    } catch (err) {
        return { text };
    }
}

async function main() {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const plan = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const config = { publicKey: process.env.PEER_API_KEY, secret: 'not-checked-by-the-server', baseUrl: plan.base_url };
    const calls = [];

    async function call(name, run) {
        exchanges.length = 0;
        const entry = { name };
        try {
            Object.assign(entry, parse(await run()));
        } catch (err) {
            // node-mailwizz rejects with the body of a non-2xx answer, or with its own string.
            if (typeof err === 'string') Object.assign(entry, parse(err));
            else entry.exception = String(err && err.stack ? err.stack : err);
        }
        entry.exchanges = exchanges.slice();
        const last = entry.exchanges[entry.exchanges.length - 1];
        entry.status = last ? last.status : null;
        calls.push(entry);
        return entry.body;
    }
    const uid = (body, key) => (body && body[key]) || 'missing';

    const lists = new mailwizz.Lists(config);
    const subscribers = new mailwizz.ListSubscribers(config);
    const templates = new mailwizz.Templates(config);
    const campaigns = new mailwizz.Campaigns(config);
    const emails = new mailwizz.TransactionalEmails(config);

    const listUid = uid(await call('Lists.create', () => lists.create(plan.list)), 'list_uid');
    await call('Lists.getLists', () => lists.getLists(1, 10));
    await call('Lists.getList', () => lists.getList(listUid));
    await call('Lists.update', () => lists.update(listUid, plan.list_update));
    const copyUid = uid(await call('Lists.copy', () => lists.copy(listUid)), 'list_uid');
    await call('Lists.delete', () => lists.delete(copyUid));

    const made = {};
    for (const key of ['kept', 'unsubscribed', 'deleted']) {
        const name = key === 'kept' ? 'ListSubscribers.create' : `ListSubscribers.create:${key}`;
        const body = await call(name, () => subscribers.create(listUid, plan.subscribers[key]));
        made[key] = (body && body.data && body.data.record && body.data.record.subscriber_uid) || 'missing';
    }
    await call('ListSubscribers.getSubscribers', () => subscribers.getSubscribers(listUid, 1, 10));
    await call('ListSubscribers.getSubscriber', () => subscribers.getSubscriber(listUid, made.kept));
    await call('ListSubscribers.emailSearch', () => subscribers.emailSearch(listUid, plan.subscribers.kept.EMAIL));
    await call('ListSubscribers.update', () => subscribers.update(listUid, made.kept, plan.subscriber_update));
    await call('ListSubscribers.unsubscribe', () => subscribers.unsubscribe(listUid, made.unsubscribed));
    await call('ListSubscribers.delete', () => subscribers.delete(listUid, made.deleted));

    await call('Templates.getTemplates', () => templates.getTemplates(1, 10));
    await call('Templates.getTemplate', () => templates.getTemplate(plan.template_uid));

    const campaign = Object.assign({}, plan.campaign, { listId: listUid, templateId: plan.template_uid });
    await call('Campaigns.create', () => campaigns.create(campaign));

    const e = plan.email;
    await call('TransactionalEmails.create', () => emails.create(
        e.to_name, e.to_email, e.from_name, e.from_email, e.reply_to_name, e.reply_to_email,
        e.subject, e.body, e.plain_text, e.send_at,
    ));

    process.stdout.write(JSON.stringify({ offered: offered(), calls }));
}

main().catch((err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
    process.exit(1);
});
