// browsercheck.mjs drives the sandbox page in headless Chromium through a
// tour of its features, then a village IT volunteer's first ten minutes on
// a desktop and on a phone, and takes screenshots. It is a
// manual check, not part of `go test`: run it with browsercheck.sh beside
// it, which installs playwright-core outside the repository, starts a fresh
// sandbox and passes its address in SANDBOX_URL.
//
// Exit status 1 lists what went wrong: console errors, failed requests,
// missing replies, a page wider than the screen, on a phone a control
// smaller than a finger (40px). Look at the screenshots
// too: Chinese text, roles beside names, wrapped long messages, @mentions.
import { chromium } from 'playwright-core';

const base = process.env.SANDBOX_URL || 'http://127.0.0.1:8080/';
const out = process.env.SHOTS || '.';
const problems = [];
const log = (...a) => console.log(...a);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

function watch(page) {
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => problems.push('request failed: ' + r.url()));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
}

function check(ok, what) {
  log((ok ? 'ok    ' : 'FAIL  ') + what);
  if (!ok) problems.push(what);
}

async function wider(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth ||
    document.querySelector('#msgs').scrollWidth > document.querySelector('#msgs').clientWidth);
}

// tiny lists the controls on screen a finger cannot hit: under 40px.
function tiny(page) {
  return page.$$eval('button, select, input, textarea, .chat, .ref', (es) => es.filter((e) => {
    if (e.closest('[hidden]') || getComputedStyle(e).visibility === 'hidden') return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && !e.classList.contains('ref') && (r.height < 40 || r.width < 40);
  }).map((e) => (e.id ? '#' + e.id : e.className || e.tagName) + ' ' + e.textContent.trim().slice(0, 6) + ' ' +
    Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height)));
}

// walk is a volunteer's first ten minutes on a fresh sandbox, by the
// walk-through's buttons as they would: 张三 reports a street light, 李四
// accepts it by quoting, 王五 reports progress and finishes, 张三 is
// satisfied, 张三 claims points and 赵六 approves by quoting, +1天, then a
// look at the township's chats and a private chat. size: desktop
// (1366x768) or phone (390x844, touch). Screenshots: walk-<size>-NN-*.png.
async function walk(size, url) {
  const phone = size === 'phone';
  const ctx = await browser.newContext(phone
    ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
    : { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  watch(page);
  let n = 0;
  const shot = (name) => page.screenshot({ path: `${out}/walk-${size}-${String(++n).padStart(2, '0')}-${name}.png` });
  const say = (what) => log(`${size.padEnd(7)} ${what}`);
  const tap = (sel) => phone ? page.tap(sel) : page.click(sel);
  const fits = async (what) => {
    check(!(await wider(page)), `${size}: ${what}: nothing wider than the screen`);
    if (phone) {
      const small = await tiny(page);
      check(small.length === 0, `${size}: ${what}: every control on screen is at least 40px ${JSON.stringify(small)}`);
    }
  };
  const lastBot = async () => (await page.locator('#msgs .msg.bot .bubble').allTextContents()).at(-1) || '';
  // step presses the walk-through's button (on a folded guide, the next
  // step's button on its head), checks what it filled in and sends it.
  async function step(label, expect, reply) {
    // The walk skips some steps: then the folded guide is opened with 展开.
    let folded = await page.locator('#guide.folded').count() > 0;
    if (folded && await page.locator('#guide .gnext button', { hasText: label }).count() === 0) {
      await tap('#guide .gfold');
      folded = false;
    }
    const b = folded ? page.locator('#guide .gnext button', { hasText: label }) : page.locator('#guide li button', { hasText: label }).first();
    check(await b.isVisible(), `${size}: the walk-through shows 「${label}」${folded ? ' as the next step' : ''}`);
    phone ? await b.tap() : await b.click();
    check((await page.inputValue('#text')).includes(expect), `${size}: 「${label}」 fills in ${expect}`);
    if (phone) check(await page.evaluate(() => document.activeElement.id !== 'text'), `phone: 「${label}」 leaves the keyboard down to read the message`);
    const count = await page.locator('#msgs .msg').count();
    await tap('#send');
    await page.waitForFunction((c) => document.querySelectorAll('#msgs .msg').length > c && !document.querySelector('#send').disabled, count);
    await page.waitForTimeout(200);
    const got = await lastBot();
    check(got.includes(reply), `${size}: after 「${label}」 the bot says ${reply}: ${got.slice(0, 60).replace(/\n/g, ' ')}`);
  }
  try {
    await page.goto(url);
    await page.waitForSelector('#chatlist .chat', { state: 'attached' });
    await page.waitForTimeout(300);
    check(await page.isVisible('#guide ol'), `${size}: a fresh sandbox opens the walk-through's steps`);
    check((await page.textContent('#convtitle')) === '青山村三组网格群', `${size}: the open group is named at the top`);
    await fits('first visit');
    await shot('first-visit');

    await step('张三 上报', '村口路灯不亮了', '#R1');
    check(await page.isVisible('#speaker') && (await page.$eval('#speaker', (s) => s.options[s.selectedIndex].textContent)).includes('张三'), `${size}: the speaker 张三 is in sight`);
    await fits('report');
    await shot('report');
    await step('李四 确认', '确认', '已受理');
    check(await page.locator('#msgs .msg.user .quote').count() > 0, `${size}: 李四's 确认 shows what it quotes`);
    await step('李四 指派', '指派 #R1 @王五', '指派给王五');
    await fits('quoted accept');
    await shot('accepted');
    await step('王五 进展', '进展 #R1', '#R1');
    await step('王五 办结', '办结 #R1', '办结');
    await step('张三 满意', '满意 #R1', '#R1');
    await fits('satisfied');
    await shot('satisfied');

    // Quoting by hand: the 引用 under the bot's last message.
    const q = page.locator('#msgs .msg.bot .actions button', { hasText: '引用' }).last();
    phone ? await q.tap() : await q.click();
    check(await page.isVisible('#quoting'), `${size}: 引用 under a message shows what the reply quotes`);
    await shot('quoting');
    await tap('#quoting button');
    check(!(await page.isVisible('#quoting')), `${size}: × drops the quote`);

    await step('张三 申请', '申请积分', '#C1');
    await step('赵六 同意', '同意 8', '#C1');
    await fits('claim approved');
    await shot('claim-approved');

    await tap('header button[data-advance="1d"]');
    await page.waitForFunction(() => document.querySelector('#err').textContent.startsWith('时间已往后拨'));
    check((await page.textContent('#clock')).includes('12月1日'), `${size}: +1天 moves the clock to 12月1日`);
    await fits('+1天');
    await shot('plus-one-day');

    if (phone) {
      await tap('#back');
      check(await page.isVisible('#chatlist') && !(await page.isVisible('#msgs')), 'phone: 「‹ 聊天」 shows the chat list');
      const list = await page.$eval('#chatlist', (e) => e.getBoundingClientRect());
      const active = await page.$eval('#chatlist .chat.active', (e) => e.getBoundingClientRect());
      check(active.top >= list.top && active.bottom <= list.bottom, 'phone: the open chat is in sight in the chat list');
      await fits('chat list');
      await shot('chat-list');
    }
    const open = async (name) => {
      const c = page.locator('#chatlist .chat', { has: page.locator('.title', { hasText: new RegExp('^' + name + '$') }) }).first();
      if (phone && !(await c.isVisible())) await tap('#back');
      phone ? await c.tap() : await c.click();
      check((await page.textContent('#convtitle')).includes(name) && await page.isVisible('#msgs'), `${size}: ${name} opens`);
    };
    await open('青山镇网格工作群');
    await fits('township chat');
    await shot('township');
    if (phone) await tap('#back');
    await page.locator('.fold', { hasText: '三组' }).first().click();
    await open('王五');
    check((await page.textContent('#convtitle')).includes('私聊'), `${size}: a private chat says 私聊 at the top`);
    await fits('private chat');
    await shot('private');
  } catch (e) {
    problems.push(`${size} walk stopped: ` + e.message.split('\n').slice(0, 8).join(' / '));
    await shot('stopped').catch(() => {});
  } finally {
    await ctx.close();
  }
}

try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  watch(page);
  const shot = (n) => page.screenshot({ path: `${out}/${n}.png` });
  const openChat = (name) => page.locator('#chatlist .chat', { has: page.locator('.title', { hasText: new RegExp('^' + name) }) }).first().click();
  const bubbles = (sel) => page.locator(`#msgs .msg${sel} .bubble`).allTextContents();
  const lastBot = async () => (await bubbles('.bot')).at(-1) || '';
  const note = () => page.textContent('#err');
  // sent waits for the answer to the message just sent (the composer is
  // busy until then).
  async function sent(before) {
    await page.waitForFunction((n) => document.querySelectorAll('#msgs .msg').length > n && !document.querySelector('#send').disabled, before);
    await page.waitForTimeout(150);
  }
  async function say(who, text) {
    if (who) await page.selectOption('#speaker', who);
    const n = await page.locator('#msgs .msg').count();
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
    await sent(n);
  }
  async function photo() {
    const n = await page.locator('#msgs .msg').count();
    await page.click('#quick button[data-photo]');
    await sent(n);
  }

  await page.goto(base);
  await page.waitForSelector('#chatlist .chat');
  await shot('01-first-visit');
  const titles = await page.$$eval('#chatlist .chat .title', (e) => e.map((x) => x.textContent));
  check(titles.includes('青山村三组网格群') && titles.includes('青山镇应急值班群'), 'chat list shows the grid groups and the township chats');
  check(await page.isVisible('#guide'), 'a fresh sandbox opens the walk-through');
  await page.click('#guide .gclose');

  await openChat('青山村三组网格群');
  await say('张三', '村口第12根路灯不亮了');
  check((await lastBot()).includes('#R1'), '张三 reports a street light: the bot registers #R1');
  const meta = await page.locator('#msgs .msg.user .meta').last().textContent();
  check(meta.includes('张三（三组）'), 'the speaker is shown with grid and role: ' + meta);
  check(await page.locator('#msgs .msg.bot .mention').count() > 0, '@mentions in the reply are marked');
  await shot('02-report');

  await say('李四', '确认 #R1');
  check((await lastBot()).includes('已受理'), '李四 confirms #R1');
  check((await page.locator('#msgs .msg.user .meta').last().textContent()).includes('网格长'), "李四's role 网格长 is visible");
  await page.locator('#msgs .msg.bot .actions button').first().click();
  check((await page.textContent('#quoting .qtext')).includes('#R1'), 'quoting the registration shows a quote chip');
  await say('李四', '指派 @王五');
  check((await lastBot()).includes('指派给王五'), 'a quoted 指派 without a number reaches #R1');
  check(await page.locator('#msgs .msg.user .quote').count() > 0, 'the quoted reply shows its quote');
  await shot('03-quoted-reply');

  await say('陈二', '后山着火了');
  check((await lastBot()).includes('紧急'), '陈二 reports a fire: urgent reply in the group');
  check((await note()).includes('青山镇应急值班群'), 'the note points to the emergency chat');
  check(await page.locator('#chatlist .chat.k-emergency .badge.alarm').count() === 1, 'the emergency chat is badged urgent');
  await openChat('青山镇应急值班群');
  check((await bubbles('.bot.urgent')).some((t) => t.includes('后山着火了')), 'the township emergency chat shows the alert');
  check((await page.$eval('#speaker', (s) => s.options[s.selectedIndex].textContent)).includes('镇干部'), 'the township chat starts with a township speaker');
  await shot('04-emergency-chat');

  await page.fill('#filter', '张三');
  await openChat('张三');
  await page.fill('#filter', '');
  const quick = () => page.$$eval('#quick button', (bs) => bs.filter((b) => b.offsetParent !== null).map((b) => b.textContent));
  const inPrivate = await quick();
  check(!inPrivate.includes('@小助手') && !inPrivate.includes('确认') && inPrivate.includes('我的积分') && inPrivate.includes('我的事项'),
    'private chat: quick buttons for a villager, no group ones: ' + inPrivate.join(' '));
  await page.click('#quick button[data-cmd="我的积分"]');
  check(await page.inputValue('#text') === '我的积分', 'the 我的积分 button types 我的积分');
  await page.press('#text', 'Enter');
  await page.waitForTimeout(600);
  check((await lastBot()).includes('积分'), 'private chat: 我的积分 answered');
  await shot('05-private');

  await openChat('青山村三组网格群');
  const inGroup = await quick();
  check(inGroup.includes('@小助手') && inGroup.includes('确认') && !inGroup.includes('我的积分'), 'group chat: the group quick buttons again: ' + inGroup.join(' '));
  await say('张三', '申请积分 今天参加村里义务劳动 证明人 王五');
  check((await lastBot()).includes('#C1'), 'points claim registered as #C1');
  await photo();
  check((await lastBot()).includes('已把照片附到 #C1'), 'the 照片 button attaches a photo to #C1');
  check(/^\[照片\] IMG_\d{4}\.jpg$/.test((await bubbles('.user')).at(-1)), 'the photo line shows a file name');
  await shot('06-photo');

  await say('张三', '很长的消息'.repeat(2000));
  check(!(await wider(page)), 'a 10,000-character message wraps');
  const longBubble = page.locator('#msgs .msg.user .bubble').last();
  check((await longBubble.boundingBox()).height < 400, 'a 10,000-character message shows its first lines');
  await shot('07-long-message');
  await page.locator('#msgs .msg.user .actions button', { hasText: '展开全文' }).last().click();
  check((await longBubble.boundingBox()).height > 2000, '展开全文 shows the whole message');
  await page.locator('#msgs .msg.user .actions button', { hasText: '收起' }).last().click();
  await say('张三', '👍👍🔥');
  check((await bubbles('.user')).at(-1) === '👍👍🔥', 'an emoji-only message shows as sent');

  const menu = await page.$$eval('#jump option', (os) => os.map((o) => [o.value, o.textContent]));
  const digest = menu.find((o) => o[1].includes('晚间小结'));
  check(!!digest, '拨到… offers the evening digest');
  if (digest) {
    await page.selectOption('#jump', digest[0]);
    await page.waitForFunction(() => document.querySelector('#err').textContent.startsWith('时间已拨到'));
    await page.waitForTimeout(300);
    check((await bubbles('.bot')).some((t) => t.includes('【今日小结】')), 'the evening digest appears in the grid group');
    check(!(await note()).includes('用「拨到…」'), 'the note after 拨到 does not suggest 拨到');
  }
  await shot('08-evening-digest');

  await page.reload();
  await page.waitForSelector('#chatlist .chat');
  await openChat('青山村三组网格群');
  const after = await bubbles('');
  check(after.some((t) => t.includes('村口第12根路灯不亮了')) && after.some((t) => t.includes('【今日小结】')), 'after a reload the conversation is still there');
  await shot('09-after-reload');

  // A window beside the terminal: the header's words stay on one line each.
  for (const width of [800, 960]) {
    const half = await (await browser.newContext({ viewport: { width, height: 700 }, locale: 'zh-CN' })).newPage();
    watch(half);
    await half.goto(base);
    await half.waitForSelector('#chatlist .chat');
    const broken = await half.$$eval('header > *', (es) => es.filter((e) => getComputedStyle(e).display !== 'none' &&
      e.getBoundingClientRect().height > 32).map((e) => e.textContent));
    check(broken.length === 0 && !(await wider(half)), `${width}px wide: no header item wraps inside itself ${JSON.stringify(broken)}`);
    await half.screenshot({ path: `${out}/10-${width}px.png` });
    await half.context().close();
  }

  // A small phone (360x640) on the tour's sandbox, full of messages.
  const small = await (await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage();
  watch(small);
  await small.goto(base);
  await small.waitForSelector('#chatlist .chat', { state: 'attached' });
  await small.waitForTimeout(300);
  const box = (sel) => small.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; });
  check(!(await wider(small)), '360x640: nothing wider than the screen');
  check((await box('#msgs')).height >= 140, '360x640: the messages have room: ' + (await box('#msgs')).height);
  check((await box('#composer')).bottom <= 640, '360x640: the composer is on the screen');
  const smallTiny = await tiny(small);
  check(smallTiny.length === 0, '360x640: every control on screen is at least 40px ' + JSON.stringify(smallTiny));
  await small.screenshot({ path: `${out}/11-phone-360.png` });
  await small.context().close();

  for (const [size, url] of [['desktop', process.env.WALK_DESKTOP_URL], ['phone', process.env.WALK_PHONE_URL]]) {
    if (url) await walk(size, url);
  }
} catch (e) {
  problems.push('script stopped: ' + e.message.split('\n').slice(0, 12).join(' / '));
} finally {
  await browser.close();
}
log(problems.length ? '\nPROBLEMS:\n- ' + problems.join('\n- ') : '\nno problems; screenshots in ' + out);
process.exit(problems.length ? 1 : 0);
