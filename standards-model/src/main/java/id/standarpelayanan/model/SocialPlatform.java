package id.standarpelayanan.model;

/** The platform of a social-media account. Since 1.1. */
public enum SocialPlatform implements Labelled {
  /** Facebook. */
  FACEBOOK,
  /** Instagram. */
  INSTAGRAM,
  /** X, formerly Twitter. */
  X,
  /** YouTube. */
  YOUTUBE,
  /** TikTok. */
  TIKTOK,
  /** Telegram. */
  TELEGRAM,
  /** Any other platform. */
  OTHER
}
