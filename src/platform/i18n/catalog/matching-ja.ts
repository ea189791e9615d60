// Messages of the matching page's candidate list, merged into the Japanese catalog (messages-ja.ts).
export const matchingMessagesJa = {
  'matching.scoreExplained': '適合度は、各候補の下に並ぶ理由の点数の合計です。同じ圏域・地域に住んでいる、希望の時間に活動できる、今月の引き受けに余裕がある、この方の活動をしたことがあると高く、活動範囲の外、希望の時間に活動できない、同じ時間に別の依頼があると低くなります。',
  'matching.points': '（{points}点）',
  'matching.leftOut': 'この困りごとができるボランティアのうち{count}人は、以下の理由で候補から外しています。',
  'matching.leftOut.insuranceExpired': '保険が切れている（今年度の活動保険に未加入）: {count}人',
  'matching.leftOut.uninsured': '活動保険の加入記録がない: {count}人',
  'matching.leftOut.monthlyLimit': '今月の上限に達している: {count}人',
  'matching.leftOut.notRegistered': '応募中で未登録（面談・登録の前）: {count}人',
  'matching.leftOut.paused': '休止中: {count}人',
  'matching.noVolunteersForHelp': 'この困りごとができるボランティアがまだいません。下の地域資源も検討してください。',
  'matching.candidate.proposed': '提案中',
  'matching.candidate.accepted': '引き受け済み',
  'matching.needsPlace': '待ち合わせ場所（または住人の住所）がないため、まだ提案できません。待ち合わせ場所を入れてから提案してください。',
  'helpRequests.meetingPointSaved': '待ち合わせ場所を保存しました。',
} as const;
