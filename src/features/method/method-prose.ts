/** The method page's own prose in both languages (no other part shows it); all of it our own words. */
import type { Unit } from '../../data/format/schema';
import { defineMessages } from '../../i18n/messages';

/** The page's own prose (messages of its own, beside it: no other part shows them). */
export const PROSE = defineMessages(
  {
    what: '什么是特色专业镇',
    whatText:
      '山西把围绕一种特色产业、在一个县域或乡镇集聚起来的产业集群称为“特色专业镇”。省里遴选省级（重点）专业镇并给予资金支持，市、县两级各自培育梯队。本看板收录晋中的专业镇，以及来源文章顺带提到的省内其他专业镇。',
    tiers: '级别',
    tierText: {
      'provincial-key': '获山西省认定的省级重点专业镇（首批2022年，第二批2023年12月）。',
      city: '由晋中市认定的市级专业镇（首批2023年）。',
      county: '由县（市、区）确定的县级专业镇。',
      cultivating: '县里正在培育建设，或市里支持其申报更高级别，但来源未说明已获认定。',
      unstated: '来源提到了它，但没有说明其级别。',
    },
    indicators: '指标',
    qualifiers: '限定词与画法',
    qualifierDrawn: {
      exact: '实心条画到所报数字。',
      nearly: '实心条画到所报数字，文字写“近”。',
      over: '实心条画到所报数字，再接一段渐隐的开放端。',
      about: '实心条画到所报数字，文字写“约”。',
      range: '下限以内为实心，下限到上限之间颜色较浅。',
      atMost: '只用文字表示（如“前3”）。',
    },
    kinds:
      '数字类型：实绩是某一时期的结果；目标是计划达到的数；规划是项目建成后的预期；事件是一次活动中的数字（如展会成交额）。目标和规划画成虚线空心条，不参与排名，地图也不按它们上色。',
    sources: '来源',
    sourcesText:
      '每个数字都注明出处文章和一句原文引语（逐字照录），文章摘要等说明文字由我们自己撰写。来源没有给出的数字不作估计，显示为“未报告”。两篇报道口径不同时（如晋中开发区的企业与榆次全产业），两个数字并列，不互相替代。',
    differ: '来源不一时用哪个数字',
    differRule: [
      '只用实绩（不用目标和规划）；选了年份时只用该年的；选了“截至”某月时，只用当时已经发表的报道。',
      '最新的优先：年份较晚的在前；来源没说时期的排在有时期的后面。',
      '镇的整体口径优先于较窄的口径（如只算开发区企业或规上企业）。',
      '来源更可信的优先：媒体自己的原文，其次转载平台或门户上的副本，再次无关网站上的副本，最后未注明出处的副本。',
      '再比不出来时，发表较晚的报道优先。',
    ],
    differText:
      '同一时期的其他数字不会被丢掉：排名表、地图提示和对比表在所用数字旁标出“来源不一”，点一下即可看到其余数字及其口径和出处；镇的详情把它们并列成表。来源没说时期的数字，按其发表当年或前一年看待。',
    copies: '副本与可信程度',
    copiesText:
      '文章的“媒体”是最初发表它的媒体。有些文字我们只在别的网站上读到副本：这时标明“读到的是某网站上的副本”，并说明该网站的可信程度——转载平台或门户（转载常见，文字一般完整）、与该媒体无关的网站（常见于垃圾站，只作旁证）、未注明出处的网站（连最初的媒体都不知道）。只有副本的来源在资料、表格、提示和下载的CSV中都会这样标明。',
    outletsLabel: '来源媒体',
    cite: '引用格式',
    citeText:
      '“复制引用”按国家标准GB/T 7714-2015《信息与文献 参考文献著录规则》写出文章的参考文献，附上看板中相应数字或镇的地址。来源没有给出的项目（作者、版次、出版者）略去，不作推测。',
    citeKinds: [
      '报纸上的文章：作者. 题名[N]. 报纸名, 出版日期(版次).',
      '在报纸网站上读到的文章：作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 网址.',
      '网站、网络媒体的文章，以及在网上读到的通讯社电讯：作者. 题名[EB/OL]. 网站或通讯社名, 发布日期[引用日期]. 网址.',
      '未注明媒体的网页：题名[EB/OL]. (发布日期)[引用日期]. 网址.',
      '登在报纸上的通讯社稿件按刊登它的报纸著录，如新华社稿件刊于晋中日报。',
      '来源没有显示标题的，以我们写的简短说明代替，放在方括号里，如“[平遥推光漆器企业的图片说明]”。拉丁字母人名按标准写成姓全大写、名取首字母，如“WANG K J”。只在副本上读到的，注明副本所在网站。',
    ],
    license: '许可与县界',
    package: '整套数据下载',
    packageIntro:
      '全部数据可以作为一个 Frictionless 数据包（Data Package）取用：datapackage.json 列出每个文件、它的字段结构（JSON Schema）、大小、校验值和许可；数字另有一份 figures.csv，附表格结构（Table Schema），可以直接导入 R、Python（frictionless）或电子表格。引文的版权仍归原媒体。',
    packageDescriptor: '数据包说明（datapackage.json）',
    packageCsv: '数字表（figures.csv）',
    updated: '数据更新',
    revisions: '数据更新记录',
    revisionsIntro:
      '每次修订数据都记在 dataset.json 中：日期、我们的说明，以及新增、修改、删除的数字、专业镇和文章（按 id）。最新的在前。',
    revisionDate: '日期',
    revisionWhat: '说明',
    revisionChanges: '改动',
    revisionCounts: { figures: '数字', towns: '专业镇', articles: '文章' },
    revisionCount: '{what}：新增 {added}，修改 {changed}，删除 {removed}',
    revisionIds: '改动和删除的 id',
    report: '如何报告错误',
    reportTo: '请到这里报告：',
    reportWhat:
      '请写明页面地址（含参数，可用“复制链接”）、哪个数字、您认为正确的数字及其出处（报道的地址和原句）。维护者改好数据后，先用 npm run data:check 校验再发布。',
    reportNone:
      '发布本看板的一方还没有在数据集中登记报告错误的地址（dataset.json 的 contact）。在此之前，请把下列内容交给向您提供本看板的人或单位：',
    qualifierName: { exact: '精确', nearly: '近', over: '以上', about: '约', range: '区间', atMost: '以内' },
    example: '示例',
    drawn: '图表画法',
    unitName: {
      yuan: '元',
      persons: '人',
      enterprises: '户（家）',
      tonnes: '吨',
      squareMetres: '平方米',
      percent: '百分比',
      towns: '个（专业镇）',
      countries: '个国家',
      items: '项',
      businesses: '个（经营主体）',
      projects: '个（项目）',
      lines: '条',
      rank: '名次',
    } satisfies Record<Unit, string>,
  },
  {
    what: 'What a specialty town is',
    whatText:
      'Shanxi calls an industry cluster built around one speciality in a county or township a "specialty town". The province selects provincial (key) towns and funds them; cities and counties each build up their own tiers. This dashboard covers Jinzhong\'s towns, and the other Shanxi towns its source articles mention in passing.',
    tiers: 'Tiers',
    tierText: {
      'provincial-key':
        'A provincial key specialty town named by Shanxi (first batch 2022, second batch December 2023).',
      city: 'A city-level town named by Jinzhong (first batch in 2023).',
      county: 'A county-level town named by its county.',
      cultivating:
        'Being built up by its county, or backed by the city for a higher tier; the sources do not say it has been designated.',
      unstated: 'Named by the sources without saying its tier.',
    },
    indicators: 'Indicators',
    qualifiers: 'Qualifiers and how they are drawn',
    qualifierDrawn: {
      exact: 'A solid bar to the stated figure.',
      nearly: 'A solid bar to the stated figure, written "nearly".',
      over: 'A solid bar to the stated figure, then a fading open end.',
      about: 'A solid bar to the stated figure, written "about".',
      range: 'Solid up to the lower end, lighter from the lower to the upper end.',
      atMost: 'In words only (e.g. "top 3").',
    },
    kinds:
      'Kinds of figures: a result is what happened over a period; a target is what is to be reached; a plan is what a project is expected to give once complete; an event figure comes from one occasion (e.g. deals at an expo). Targets and plans are hollow dashed bars, are never ranked and do not colour the map.',
    sources: 'Sources',
    sourcesText:
      'Every figure cites its article and one verbatim clause from it; summaries and all other text are our own words. Figures the sources do not give are never estimated and show as "not reported". Where two reports count with different scopes (the Jinzhong Development Zone\'s firms and Yuci\'s whole industry), both figures stand side by side; neither replaces the other.',
    differ: 'Which figure is used when sources differ',
    differRule: [
      'Results only (never targets or plans); with a year chosen, only that year\'s; with an "as of" month chosen, only reports published by then.',
      'The newest first: a later year before an earlier one; figures whose source gives no period after dated ones.',
      "The town's own, whole scope before a narrower one (only the development zone's firms, only above-scale firms).",
      "The more authoritative source first: the outlet's own text, then a copy on a repost platform or portal, then a copy on an unrelated site, then a copy that names no source.",
      'Then the later report.',
    ],
    differText:
      'The other figures for the same period are never dropped: the ranking table, the map\'s tooltips and the comparison mark the figure used "sources differ", with the others one click away, each with its scope and source; the town\'s profile lists them side by side. A figure whose source gives no period is taken as describing the year it was published or the year before.',
    copies: 'Copies and how far to trust them',
    copiesText:
      "An article's outlet is the one that first published it. Some texts we read only as copies on other sites: these say where they were read and how far that site can be trusted: a repost platform or portal (reposts are common and usually complete), a site unrelated to the outlet (often a spam site: supporting evidence only), or a site that names no source (not even the first outlet is known). Sources known only from a copy are marked so in profiles, tables, tooltips and the CSV downloads.",
    outletsLabel: 'Outlets',
    cite: 'How sources are cited',
    citeText:
      '"Copy citation" writes the article as a reference and adds the dashboard\'s address of the figure or town it supports. In Chinese the reference follows the national standard GB/T 7714-2015 (rules for bibliographic references); in English it gives author, title, outlet, date and address. What the sources do not give (author, page, publisher) is left out, never guessed.',
    citeKinds: [
      'An article in a printed newspaper: author. title[N]. newspaper, date(page).',
      "An article read on a newspaper's website: author. title[N/OL]. newspaper, date(page)[date cited]. address.",
      'An article of a website or online outlet, and a news agency wire read online: author. title[EB/OL]. site or agency, date[date cited]. address.',
      'A page that names no outlet: title[EB/OL]. (date)[date cited]. address.',
      "A wire story printed in a newspaper is cited as that newspaper's (a Xinhua story printed in Jinzhong Daily).",
      'Where the sources show no headline, a short description of our own stands in square brackets, as in "[photo caption on a Pingyao polished-lacquerware workshop]". Latin-script names take the standard\'s form, surname in capitals and initials, as in "WANG K J". A source read only at a copy names the site of the copy.',
    ],
    license: 'Licence and boundaries',
    package: 'The whole dataset',
    packageIntro:
      "All the data can be taken as one Frictionless Data Package: datapackage.json lists each file with its fields (a JSON Schema), size, checksum and licence; the figures also come as figures.csv with its Table Schema, ready for R, Python (frictionless) or a spreadsheet. Quotes remain the outlets' copyright.",
    packageDescriptor: 'Package descriptor (datapackage.json)',
    packageCsv: 'Figures table (figures.csv)',
    updated: 'Data updated',
    revisions: 'Data revisions',
    revisionsIntro:
      'Every revision of the data is logged in dataset.json: its date, our summary, and the figures, towns and articles added, changed and removed (by id). Newest first.',
    revisionDate: 'Date',
    revisionWhat: 'Summary',
    revisionChanges: 'Changes',
    revisionCounts: { figures: 'Figures', towns: 'Towns', articles: 'Articles' },
    revisionCount: '{what}: {added} added, {changed} changed, {removed} removed',
    revisionIds: 'Ids changed and removed',
    report: 'How to report an error',
    reportTo: 'Report it here: ',
    reportWhat:
      'Give the page address with its parameters ("Copy link" gives it), the figure, what you believe is right and where that is reported (the article\'s address and sentence). Maintainers check every corrected file with npm run data:check before publishing.',
    reportNone:
      'Whoever publishes this dashboard has not yet given an address for reports in the dataset (contact in dataset.json). Until then, send the following to the person or office that gave you the dashboard:',
    qualifierName: {
      exact: 'exact',
      nearly: 'nearly',
      over: 'over',
      about: 'about',
      range: 'range',
      atMost: 'at most',
    },
    example: 'Example',
    drawn: 'In the charts',
    unitName: {
      yuan: 'yuan (CNY)',
      persons: 'people',
      enterprises: 'enterprises',
      tonnes: 'tonnes',
      squareMetres: 'square metres',
      percent: 'per cent',
      towns: 'towns',
      countries: 'countries',
      items: 'items',
      businesses: 'businesses',
      projects: 'projects',
      lines: 'production lines',
      rank: 'rank',
    } satisfies Record<Unit, string>,
  },
);
