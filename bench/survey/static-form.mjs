/**
 * The baseline: the same ten questions as a plain HTML form with a small stylesheet and no script at all — the
 * fastest a page can show them. Generated from the same definition, so the questions always match.
 */
const LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'];

const escape = (text) => String(text).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);

function radios(name, labels, type = 'radio') {
  return labels.map((label, i) => `<label class="choice"><input type="${type}" name="${name}" value="${i}"> ${escape(label)}</label>`).join('\n');
}

function question(q) {
  const legend = `<legend>${escape(q.title)}${q.required ? ' <span class="req">(必答)</span>' : ''}</legend>`;
  switch (q.kind) {
    case 'rating5':
      return `<fieldset>${legend}${radios(q.id, LEVELS)}</fieldset>`;
    case 'rating-matrix':
      return `<fieldset>${legend}${q.items
        .map((item) => `<div class="row" role="radiogroup" aria-label="${escape(item.label)}"><span>${escape(item.label)}</span>${radios(`${q.id}-${item.value}`, LEVELS)}</div>`)
        .join('\n')}</fieldset>`;
    case 'single':
      return `<fieldset${q.showIf ? ' hidden' : ''}>${legend}${radios(q.id, q.options.map((o) => o.label))}</fieldset>`;
    case 'multiple':
      return `<fieldset>${legend}${radios(q.id, q.options.map((o) => o.label), 'checkbox')}</fieldset>`;
    case 'scale': {
      const points = Array.from({ length: q.max - q.min + 1 }, (_, i) => String(q.min + i));
      return `<fieldset>${legend}<p>${q.min} = ${escape(q.minLabel)},${q.max} = ${escape(q.maxLabel)}</p><div class="scale">${radios(q.id, points)}</div></fieldset>`;
    }
    default:
      return `<div class="field"><label for="${q.id}">${escape(q.title)}</label><textarea id="${q.id}" name="${q.id}" rows="4"></textarea></div>`;
  }
}

export function staticFormHtml(survey) {
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>survey bench: static form</title>
<style>
body { font: 16px/1.6 system-ui, sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; }
fieldset { border: 0; padding: 0; margin: 1.25em 0 0; }
legend, label[for] { font-weight: 700; }
.choice { display: flex; align-items: center; gap: .5em; min-height: 2.75em; }
.row { display: grid; gap: .25em; }
.scale { display: grid; grid-template-columns: repeat(auto-fill, minmax(2.75em, 1fr)); }
textarea { display: block; width: 100%; font: inherit; }
.req { color: #b3261e; font-weight: 400; }
</style>
</head>
<body>
<form action="#" method="post">
<h2>${escape(survey.title)}</h2>
<p>${escape(survey.intro)}</p>
${survey.questions.map(question).join('\n')}
<p><button type="submit">提交</button></p>
</form>
</body>
</html>
`;
}
