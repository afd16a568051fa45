import type { Member, Plan } from '../data/planSchema';
import { textIn } from '../data/planVocabulary';
import { useT } from '../ui/useT';
import { SourceNote } from '../sources/SourceNote';

/**
 * How a region belongs to a layout element: its status (always, or only when it is our
 * interpretation), the reason for an interpretation, and the source on focus.
 */
export function MemberStatus({
  member,
  plan,
  label,
  showStated = false,
  showReason = true,
}: {
  member: Member;
  plan: Plan;
  label: string;
  showStated?: boolean;
  /** false where the reason is said once for several members (the same reason, not three times) */
  showReason?: boolean;
}) {
  const { lang, t } = useT();
  return (
    <>
      {member.status === 'interpretation' ? (
        <span className="interp-mark">({t(showStated ? 'plans.status.interpretation' : 'plans.interpretationMark')})</span>
      ) : (
        showStated && <span className="muted">({t(`plans.status.${member.status}`)})</span>
      )}
      {showReason && member.reason && (
        <small className="muted">
          {' '}
          {t('plans.source.reason')}: <span>{textIn(member.reason, lang)}</span>
        </small>
      )}{' '}
      <SourceNote source={member.source} planTitle={plan.title} label={label} />
    </>
  );
}
