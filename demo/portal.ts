/**
 * Page chrome of the demo portal, written the way district portals do it: 字号 大/中/小, 长者模式 (elder mode),
 * a 繁體中文 toggle that walks the page's text nodes like the common `StranBody()` script, the mobile menu and the
 * 移动端应用 panel. Choices are remembered in localStorage (demo/public/js/prefs.js applies them before first paint).
 *
 * Like the real scripts, the text walker does not enter shadow roots and skips upgraded widgets: the widgets follow
 * `<html lang>` and convert their own text.
 */

const STORE = {
  script: 'tn-portal:script',
  elder: 'tn-portal:elder',
  fontSize: 'tn-portal:font-size',
} as const;

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, policy): fall back to defaults
  }
}
function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* not remembered, still applied */
  }
}

const root = document.documentElement;
root.classList.add('js-nav');

// ------------------------------------------------------------------------------------------------ 字号 大/中/小

type FontSize = 'large' | 'medium' | 'small';
const FONT_SIZES: readonly FontSize[] = ['large', 'medium', 'small'];
const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.includes(value as FontSize);

function setFontSize(size: FontSize, remember = true): void {
  root.dataset.fontSize = size;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-font-size]')) {
    button.setAttribute('aria-pressed', String(button.dataset.fontSize === size));
  }
  if (remember) save(STORE.fontSize, size === 'medium' ? null : size);
}

// ------------------------------------------------------------------------------------------------ 长者模式

const ELDER_LABEL = { off: '长者模式浏览', on: '退出长者模式' };

function setElderMode(on: boolean, remember = true): void {
  root.classList.toggle('elder-mode', on);
  updateElderButton();
  if (remember) save(STORE.elder, on ? '1' : null);
}

/** The button is marked data-no-convert: its label is set here, in the current script. */
function updateElderButton(): void {
  const button = document.getElementById('toggle-elder');
  if (!button) return;
  const on = root.classList.contains('elder-mode');
  button.setAttribute('aria-pressed', String(on));
  button.textContent = convertText(on ? ELDER_LABEL.on : ELDER_LABEL.off, root.lang === 'zh-Hant');
}

// ------------------------------------------------------------------------------------------------ 繁體中文

/**
 * Simplified → Traditional, one character to one character, for the characters of this demo's chrome and article
 * (built once with opencc-js, cn → tw, character table only). A real portal's StranBody() carries a few thousand.
 */
const SIMPLIFIED =
  '万与专业两个丰为丽乐习争于产亲仅从们价众优会传体党兰关兴养内写农决准几创办务动励势区华协单参发变号后吗听员咨园国图圆场坚备奖妇学宁实对导将层属岁岗师带帮干广应开张强归当录忧态愿扫护报拥拨择挂据数断无旧时机条来构标栏楼欢汇沟没济浏淀渐温满点热独环现电画着码础离种称筑简类约级纷纸线组细织经结给络统绩维编缝网职联脑脚腻节范荣获虚补观览觉让训议讯记设访证评识话询说请读课调谈谐谢负责质贴费资践车轮较辆辉边达过还这进适选遗采针钩长门问间闻阅队阳际陈随难页顶项顾领题饭馈鲜龄龙';
const TRADITIONAL =
  '萬與專業兩個豐為麗樂習爭於產親僅從們價眾優會傳體黨蘭關興養內寫農決準幾創辦務動勵勢區華協單參發變號後嗎聽員諮園國圖圓場堅備獎婦學寧實對導將層屬歲崗師帶幫幹廣應開張強歸當錄憂態願掃護報擁撥擇掛據數斷無舊時機條來構標欄樓歡匯溝沒濟瀏澱漸溫滿點熱獨環現電畫著碼礎離種稱築簡類約級紛紙線組細織經結給絡統績維編縫網職聯腦腳膩節範榮獲虛補觀覽覺讓訓議訊記設訪證評識話詢說請讀課調談諧謝負責質貼費資踐車輪較輛輝邊達過還這進適選遺採針鉤長門問間聞閱隊陽際陳隨難頁頂項顧領題飯饋鮮齡龍';
const S2T = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) S2T.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);

function convertText(text: string, toTraditional: boolean): string {
  if (!toTraditional) return text;
  let out = '';
  for (const ch of text) out += S2T.get(ch) ?? ch;
  return out;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'CODE', 'PRE', 'TEMPLATE', 'SVG']);
const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** What each converted node said before, so switching back restores the exact original text. */
const originalText = new WeakMap<Text, { simplified: string; converted: string }>();
const originalAttributes = new WeakMap<Element, Map<string, { simplified: string; converted: string }>>();
let originalTitle: string | null = null;

/** An upgraded widget converts its own text (it follows `lang`); its fallback content, before upgrade, is ours. */
function isSelfConvertingWidget(element: Element): boolean {
  const tag = element.localName;
  return tag.startsWith('cw-') && tag !== 'cw-provider' && element.matches(':defined');
}

function convertNode(node: Node, toTraditional: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      convertTextNode(child as Text, toTraditional);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (SKIP_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('data-no-convert')) continue;
      if (element.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en')) continue;
      if (isSelfConvertingWidget(element)) continue;
      convertAttributes(element, toTraditional);
      convertNode(element, toTraditional);
    }
  }
}

function convertTextNode(node: Text, toTraditional: boolean): void {
  const value = node.data;
  if (!value.trim()) return;
  if (toTraditional) {
    const converted = convertText(value, true);
    if (converted !== value) {
      originalText.set(node, { simplified: value, converted });
      node.data = converted;
    }
  } else {
    const record = originalText.get(node);
    // Restore only text we converted and nobody changed since; anything newer is already in its own script.
    if (record && record.converted === value) node.data = record.simplified;
    originalText.delete(node);
  }
}

function convertAttributes(element: Element, toTraditional: boolean): void {
  let records = originalAttributes.get(element);
  for (const name of CONVERTED_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    if (toTraditional) {
      const converted = convertText(value, true);
      if (converted === value) continue;
      if (!records) originalAttributes.set(element, (records = new Map()));
      records.set(name, { simplified: value, converted });
      element.setAttribute(name, converted);
    } else {
      const record = records?.get(name);
      if (record && record.converted === value) element.setAttribute(name, record.simplified);
    }
  }
  if (!toTraditional) originalAttributes.delete(element);
}

const SCRIPT_LABEL = { hans: '繁體中文', hant: '简体中文' };

function setTraditional(on: boolean, remember = true): void {
  const wasOn = root.lang === 'zh-Hant' && document.body.dataset.converted === 'hant';
  if (on !== wasOn) {
    convertNode(document.body, on);
    if (on) {
      originalTitle = document.title;
      document.title = convertText(document.title, true);
    } else if (originalTitle !== null) {
      document.title = originalTitle;
    }
  }
  document.body.dataset.converted = on ? 'hant' : 'hans';
  // Widgets watch `lang` and switch their catalogs and data conversion themselves.
  root.lang = on ? 'zh-Hant' : 'zh-Hans';
  const button = document.getElementById('toggle-script');
  if (button) {
    button.textContent = on ? SCRIPT_LABEL.hant : SCRIPT_LABEL.hans;
    button.setAttribute('aria-pressed', String(on));
    button.setAttribute('lang', on ? 'zh-Hans' : 'zh-Hant');
  }
  updateElderButton();
  if (remember) save(STORE.script, on ? 'hant' : null);
}

// ------------------------------------------------------------------------------------------------ menus

function setupDisclosure(buttonId: string, onOpen?: (panel: HTMLElement) => void): void {
  const button = document.getElementById(buttonId);
  const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return;
  const usesHidden = panel.hasAttribute('hidden');
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    if (usesHidden) panel.hidden = !open;
    else panel.classList.toggle('is-open', open);
    if (open) onOpen?.(panel);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
  if (usesHidden) {
    document.addEventListener('click', (event) => {
      const target = event.target as Node;
      if (!button.contains(target) && !panel.contains(target)) set(false);
    });
  }
}

// ------------------------------------------------------------------------------------------------ start

function start(): void {
  const savedSize = load(STORE.fontSize);
  setFontSize(isFontSize(savedSize) ? savedSize : 'medium', false);
  setTraditional(load(STORE.script) === 'hant', false);
  setElderMode(load(STORE.elder) === '1', false);

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-font-size]')) {
    button.addEventListener('click', () => {
      const size = button.dataset.fontSize;
      if (isFontSize(size)) setFontSize(size);
    });
  }
  document.getElementById('toggle-elder')?.addEventListener('click', () => setElderMode(!root.classList.contains('elder-mode')));
  document.getElementById('toggle-script')?.addEventListener('click', () => setTraditional(root.lang !== 'zh-Hant'));
  document.getElementById('print-page')?.addEventListener('click', () => window.print());
  setupDisclosure('toggle-nav');
  setupDisclosure('toggle-app');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
