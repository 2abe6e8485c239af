/**
 * A small traditional → simplified table for matching (not for display): the
 * characters that policy texts written in traditional script use most.
 */
const pairs =
  '國国區区縣县鎮镇鄉乡發发經经濟济業业產产導导務务進进創创興兴設设備备資资實实權权關关於于與与為为' +
  '個个萬万億亿項项車车門门長长東东會会團团場场員员機机構构數数據据術术網网電电線线農农醫医藥药衛卫' +
  '學学開开園园標标質质職职責责負负劃划規规綱纲點点體体傳传統统維维續续廠厂環环護护節节約约級级優优' +
  '勢势鐵铁運运輸输貨货幣币財财稅税銀银險险證证價价購购銷销費费貿贸類类補补貼贴獎奖勵励擴扩龍龙頭头' +
  '專专並并將将還还後后裡里裏里這这們们來来對对時时間间問问題题應应當当從从動动過过現现種种' +
  '條条辦办處处據据與与總总務务額额際际際际達达滿满億亿鋼钢煤煤氣气熱热礦矿韓韩聯联邊边閱阅' +
  '書书報报紙纸號号備备齊齐稱称讓让認认識识議议論论設设計计訂订評评試试詳详說说請请調调談谈論论' +
  '證证語语話话讀读變变齡龄藝艺術术師师歷历史史災灾廣广莊庄慶庆歲岁層层屬属華华夥伙帶带幫帮廳厅' +
  '區区縣县縣县協协參参雙双發发葉叶號号園园圍围圖图堅坚塊块壓压壯壮處处夢梦奮奋孫孙寬宽審审導导' +
  '將将對对尋寻島岛嶺岭廢废強强彈弹歸归徑径從从復复徵征態态慣惯憂忧戰战戶户執执擔担據据損损' +
  '舉举擊击攜携撥拨擁拥斷断時时晉晋暢畅會会極极構构樂乐樣样橋桥檢检權权歐欧歸归殘残氣气決决況况' +
  '測测溝沟滅灭準准濱滨灣湾爭争牽牵獲获現现產产畫画當当療疗盡尽盤盘監监確确禮礼穩稳競竞築筑' +
  '範范簡简糧粮緊紧納纳組组細细終终結结給给絡络絕绝綠绿綜综緣缘縮缩績绩織织繼继罰罚聖圣聽听' +
  '興兴舊旧艱艰莊庄薦荐藍蓝號号蠶蚕補补裝装製制複复覽览覺觉親亲觀观規规視视訊讯記记許许訪访' +
  '證证診诊評评識识護护負负貧贫貸贷資资賣卖質质購购賽赛贊赞趕赶躍跃車车軌轨軟软載载輕轻輔辅' +
  '轉转辦办農农這这連连週周進进遊游運运過过達达違违遠远適适選选遺遗邊边鄉乡鄰邻醫医釋释針针' +
  '錢钱錯错鍵键鏈链長长門门閉闭開开閑闲間间閣阁關关陽阳陸陆隊队階阶隨随險险隱隐難难電电靈灵' +
  '韌韧頁页項项順顺預预領领頻频題题額额顧顾風风飛飞飯饭館馆馬马駐驻驗验體体髮发鬥斗魚鱼鳥鸟鹽盐麥麦黃黄齊齐';

/** Every traditional → simplified pair of the table. */
export const tradToSimp: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(pairs.replace(/[a-z]+/g, ''));
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1]);
  }
  return map;
})();

/** The simplified form of a traditional character, or the character itself. */
export function simplifiedOf(ch: string): string {
  return tradToSimp.get(ch) ?? ch;
}
