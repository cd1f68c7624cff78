import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../../src/pipeline/clean/cleanDocument';
import { toSimplified } from '../../../../src/search/toSimplified';

const clean = (raw: string) => cleanDocument({ docId: 't', sourceFile: 't.txt', raw });

describe('pinyin readings', () => {
  it('閔府規(guī)發(fā)〔2023〕3號 returns 閔府規發〔2023〕3號', () => {
    expect(clean('閔府規(guī)發(fā)〔2023〕3號').original).toBe('閔府規發〔2023〕3號');
  });
  it('accepts any reading of a polyphone: 區(ōu) and 區(qū) both go', () => {
    expect(clean('區(ōu)區(qū)').original).toBe('區區');
  });
  it('keeps a reading that does not belong to the character before it: 規(fā)', () => {
    const doc = clean('規(fā)則');
    expect(doc.original).toBe('規(fā)則');
    expect(doc.findings.map((f) => f.rule)).toEqual(['pinyin-unmatched']);
  });
  it('keeps real parentheses: (BEE), (B型), (儀器), (AEO)', () => {
    const raw = '評估體系(BEE),疫苗(B型),檢驗(儀器),認證企業(AEO)';
    expect(clean(raw).original).toBe(raw);
  });
  it('records each removal as an exact pinyin repair over the host character', () => {
    const doc = clean('各鎮(zhèn)人民政府');
    expect(doc.repairs).toMatchObject([
      { kind: 'pinyin', raw: '鎮(zhèn)', result: '鎮', status: 'exact', charStart: 1, charEnd: 2 },
    ]);
    expect(doc.quality.annotationsStripped).toBe(1);
  });
});

describe('entity remnants', () => {
  it('&ldquo;放&rdquo; returns “放”', () => {
    expect(clean('&ldquo;放&rdquo;').original).toBe('“放”');
  });
  it('a remnant without its & is fixed too: 的ldquo;非接觸式rdquo;', () => {
    expect(clean('的ldquo;非接觸式rdquo;').original).toBe('的“非接觸式”');
  });
  it('leaves English words that merely end like an entity name', () => {
    expect(clean('Slamp; ok').original).toBe('Slamp; ok');
  });
});

describe('byte-shift mojibake', () => {
  it('領域?qū)彶橐?guī)則 returns 領域審查規則, exact: both lost bytes follow from the readings', () => {
    const doc = clean('重點領域?qū)彶橐?guī)則,做好');
    expect(doc.original).toBe('重點領域審查規則,做好');
    expect(doc.repairs).toMatchObject([{ kind: 'mojibake', raw: '?qū)彶橐?guī)', result: '審查規', status: 'exact' }]);
  });
  it('列入?yún)^(qū)政府 returns 列入區政府: the reading yún belongs to 雲, the pair 入 and 區 straddle', () => {
    expect(clean('列入?yún)^(qū)政府').original).toBe('列入區政府');
  });
  it('轉變?yōu)楹诵模?ldquo;放” returns 轉變為核心,“放”, guessed: the last lost byte has no reading to pin it', () => {
    const doc = clean('職能轉變?yōu)楹诵模?ldquo;放”出活力');
    expect(doc.original).toBe('職能轉變為核心,“放”出活力');
    expect(doc.text).toBe('职能转变为核心,“放”出活力');
    const [moji] = doc.repairs.filter((r) => r.kind === 'mojibake');
    expect(moji).toMatchObject({ raw: '?yōu)楹诵模?', result: '為核心,', status: 'guessed' });
    expect(moji?.candidates.length).toBeGreaterThan(1);
  });
  it('受眾規(guī)?;?rdquo;的 returns 受眾規模化”的', () => {
    expect(clean('“受眾規(guī)?;?rdquo;的').original).toBe('“受眾規模化”的');
  });
  it('高??萍汲晒陂h行落地 returns 高校科技成果在閔行落地: a ？ read one byte early, then a dropped user-defined code before 陂', () => {
    const doc = clean('探索建立區校合作孵化成果轉化項目,推進高??萍汲晒陂h行落地。');
    expect(doc.original).toBe('探索建立區校合作孵化成果轉化項目,推進高校科技成果在閔行落地。');
    const [moji] = doc.repairs.filter((r) => r.kind === 'mojibake');
    expect(moji).toMatchObject({ raw: '??萍汲晒陂h', result: '校科技成果在閔', status: 'guessed' });
  });
  it('in a traditional document proposes no character a traditional text never holds: 積聚百億規(guī)?;鹬萍夹推髽I(yè)成長', () => {
    const doc = clean('成立科創金融聯盟,積聚百億規(guī)?;鹬萍夹推髽I(yè)成長,爭取區域上市企業總數突破10家。');
    const [moji] = doc.repairs.filter((r) => r.kind === 'mojibake');
    expect(moji?.status).toBe('guessed');
    expect([moji?.result, ...(moji?.candidates ?? [])].join('')).not.toMatch(/[责护为机业]/);
  });
  it('reads 數字出?;?rdquo; in a traditional document without the simplified 护 of 保护', () => {
    const doc = clean('發揮“跨境電商數字出?;?rdquo;功能,大力發展跨境電商。');
    const [moji] = doc.repairs.filter((r) => r.kind === 'mojibake');
    expect(moji).toMatchObject({ raw: '?;?', status: 'guessed' });
    expect(moji?.result).toMatch(/^海/);
    expect([moji?.result, ...(moji?.candidates ?? [])].join('')).not.toMatch(/[护机]/);
  });
  it('keeps a simplified-only character in a traditional document that uses it on an undamaged line', () => {
    const doc = clean('保护環境的規定。\n數字出?;?rdquo;功能');
    const [moji] = doc.repairs.filter((r) => r.kind === 'mojibake');
    expect([moji?.result, ...(moji?.candidates ?? [])]).toContain('保护');
  });
  it('counts spans by status in the quality summary', () => {
    const doc = clean('重點領域?qū)彶橐?guī)則\n職能轉變?yōu)楹诵模?ldquo;放”');
    expect(doc.quality).toMatchObject({ spansExact: 1, spansGuessed: 1, spansUnrepaired: 0, entitiesFixed: 1 });
  });
  it('records a private-use character it cannot place as unrepaired', () => {
    const doc = clean('科技\ue381成果');
    expect(doc.repairs).toMatchObject([{ kind: 'mojibake', status: 'unrepaired', raw: '\ue381' }]);
    expect(doc.quality.spansUnrepaired).toBe(1);
  });
});

describe('clean sentences come out unchanged', () => {
  const sentences = [
    '企业开办需要多久?我们的回答是一天。',
    '企業開辦需要多久?我們說A類企業一天辦結。',
    '如何办?',
    '(一)便捷市场准入退出。拓展市场主体设立、变更、注销全程电子化登记覆盖范围。',
    '对标世界银行宜商环境评估体系(BEE)和国家营商环境评价标准',
    '优化劳动能力鉴定“简e办”和“直通车”服务',
    '以不动产登记“社区e站”建设为抓手',
    '新冠疫苗(B型)接种率达到(1.99%)?',
    '企業開辦還有哪些難點?(一)如何辦理?(二)辦理時限是多久?',
    '對標世界銀行宜商環境評估體系(BEE),落實《優化營商環境條例》(國務院令第722號)?',
    '什麼是“一網通辦”?答:即“進一網、能通辦”(見附件1)。',
    '符合條件的(含分支機構)可申請;未達標的?由區市場監管局(以下簡稱“區市場局”)通知。',
  ];
  it.each(sentences)('%s', (s) => {
    const doc = clean(s);
    expect(doc.original).toBe(s);
    expect(doc.text).toBe(toSimplified(s));
    expect(doc.repairs.filter((r) => r.kind !== 'pinyin')).toEqual([]);
  });
});

describe('script', () => {
  it('converts traditional to simplified with tw→cn, keeping length and the original alongside', () => {
    const doc = clean('閔行區持續優化營商環境');
    expect(doc.text).toBe('闵行区持续优化营商环境');
    expect(doc.original).toBe('閔行區持續優化營商環境');
    expect(doc.script).toBe('traditional');
  });
  it('calls a simplified text simplified', () => {
    expect(clean('闵行区持续优化营商环境').script).toBe('simplified');
  });
});
