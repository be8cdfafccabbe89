// The account area of the header. Until sign-in exists everybody is a visitor.
export function AccountArea() {
  return (
    <div className="text-base" aria-label="Account">
      <span>Visitor</span>
    </div>
  );
}
